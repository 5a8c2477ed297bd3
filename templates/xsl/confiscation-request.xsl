<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of a request for freezing or seizure (UNTOC art. 13(2)) and of a request for confiscation (13(1)(a):
  a domestic order in the requested State; 13(1)(b): giving effect to the requesting State's order), with disposal
  (art. 14). One template: the sections follow the actions the request asks for (confiscation/action). 13(3)
  adds to the contents of art. 18(15) the description of the property, its location and value, the facts relied
  on and, for 13(1)(b), the order and the extent to which execution is requested.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="request-parts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="part" mode="body">
    <xsl:for-each select="request">
      <xsl:variable name="c" select="confiscation"/>
      <xsl:call-template name="urgent-marking"/>
      <xsl:call-template name="request-letterhead"/>
      <xsl:call-template name="document-title"/>
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.actions'"/></xsl:call-template>
      <xsl:if test="not($c/action)"><xsl:call-template name="not-stated"/></xsl:if>
      <xsl:for-each select="$c/action">
        <fo:block xsl:use-attribute-sets="paragraph" start-indent="4mm">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('action.', @code)"/></xsl:call-template>
        </fo:block>
      </xsl:for-each>
      <xsl:apply-templates select="legalBasis"/>
      <xsl:apply-templates select="requestingAuthority"/>
      <xsl:apply-templates select="conductingAuthority"/>
      <xsl:apply-templates select="proceedings"/>
      <xsl:apply-templates select="scope"/>
      <xsl:call-template name="text-section">
        <xsl:with-param name="key" select="'section.facts'"/>
        <xsl:with-param name="text" select="facts"/>
      </xsl:call-template>
      <xsl:apply-templates select="offences"/>
      <xsl:apply-templates select="$c/assets"/>
      <xsl:call-template name="text-section">
        <xsl:with-param name="key" select="'section.link'"/>
        <xsl:with-param name="text" select="$c/linkToOffence"/>
      </xsl:call-template>
      <xsl:if test="$c/action/@code = 'enforce-order' or $c/order">
        <xsl:apply-templates select="$c/order"/>
        <xsl:if test="not($c/order)">
          <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.order'"/></xsl:call-template>
          <xsl:call-template name="not-stated"/>
        </xsl:if>
      </xsl:if>
      <xsl:if test="normalize-space($c/thirdPartyRights)">
        <xsl:call-template name="text-section">
          <xsl:with-param name="key" select="'section.third-parties'"/>
          <xsl:with-param name="text" select="$c/thirdPartyRights"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="$c/disposal"/>
      <xsl:if test="measures/measure">
        <xsl:apply-templates select="measures"/>
      </xsl:if>
      <xsl:apply-templates select="persons"/>
      <xsl:call-template name="text-section">
        <xsl:with-param name="key" select="'section.purpose'"/>
        <xsl:with-param name="text" select="purpose"/>
      </xsl:call-template>
      <xsl:call-template name="further-use"/>
      <xsl:apply-templates select="urgency"/>
      <xsl:call-template name="confidentiality-note"/>
      <xsl:apply-templates select="annexes"/>
      <xsl:apply-templates select="signatory"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="assets">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.assets'"/></xsl:call-template>
    <xsl:if test="not(asset)"><xsl:call-template name="not-stated"/></xsl:if>
    <xsl:for-each select="asset">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('asset.', @kind)"/></xsl:call-template>
        </fo:block>
        <xsl:call-template name="text-block"><xsl:with-param name="text" select="description"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'location'"/><xsl:with-param name="text" select="location"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'holder'"/><xsl:with-param name="text" select="holder"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'estimated-value'"/><xsl:with-param name="text" select="value"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="order">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.order'"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'court'"/><xsl:with-param name="text" select="court"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'date'"/><xsl:with-param name="text" select="date"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'reference'"/><xsl:with-param name="text" select="reference"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'amount'"/><xsl:with-param name="text" select="amount"/></xsl:call-template>
    <xsl:if test="@enforceable = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'order.enforceable'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@nonConvictionBased = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'order.non-conviction'"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'extent'"/><xsl:with-param name="text" select="extent"/></xsl:call-template>
    <xsl:if test="@annexed = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'decision.annexed'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="disposal">
    <xsl:if test="@returnRequested = 'true' or @victimsCompensation = 'true' or @assetSharing = 'true' or normalize-space(note)">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.disposal'"/></xsl:call-template>
      <xsl:if test="@returnRequested = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'disposal.return'"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@victimsCompensation = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'disposal.victims'"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@assetSharing = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'disposal.sharing'"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="note"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
