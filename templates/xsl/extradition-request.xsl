<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of a request for extradition (UNTOC art. 16; UN Model Treaty on Extradition art. 5), for prosecution
  or for the enforcement of a sentence: the person sought with identification and nationalities, the warrant or
  judgment, the offences with their provisions and penalties, the facts, the sentence and what remains of it,
  limitation, the assurances given, the summary of the evidence, the annexes.
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
      <xsl:variable name="enforcement" select="extradition/@purpose = 'enforcement'"/>
      <xsl:call-template name="urgent-marking"/>
      <xsl:call-template name="request-letterhead"/>
      <xsl:call-template name="document-title"/>
      <xsl:if test="normalize-space(extradition/@purpose)">
        <fo:block xsl:use-attribute-sets="subtitle">
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('extradition.purpose.', extradition/@purpose)"/></xsl:call-template>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates select="legalBasis"/>
      <xsl:apply-templates select="requestingAuthority"/>
      <xsl:call-template name="persons-sought"/>
      <xsl:choose>
        <xsl:when test="$enforcement">
          <xsl:for-each select="extradition/judgment">
            <xsl:call-template name="decision">
              <xsl:with-param name="heading" select="'section.judgment'"/>
              <xsl:with-param name="judgment" select="true()"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:if test="not(extradition/judgment)">
            <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.judgment'"/></xsl:call-template>
            <xsl:call-template name="not-stated"/>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="extradition/warrant">
            <xsl:call-template name="decision"><xsl:with-param name="heading" select="'section.warrant'"/></xsl:call-template>
          </xsl:for-each>
          <xsl:if test="not(extradition/warrant)">
            <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.warrant'"/></xsl:call-template>
            <xsl:call-template name="not-stated"/>
          </xsl:if>
          <xsl:for-each select="extradition/judgment">
            <xsl:call-template name="decision">
              <xsl:with-param name="heading" select="'section.judgment'"/>
              <xsl:with-param name="judgment" select="true()"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="offences"/>
      <xsl:call-template name="text-section">
        <xsl:with-param name="key" select="'section.facts'"/>
        <xsl:with-param name="text" select="facts"/>
      </xsl:call-template>
      <xsl:if test="$enforcement or extradition/sentence">
        <xsl:apply-templates select="extradition/sentence"/>
        <xsl:if test="not(extradition/sentence)">
          <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.sentence'"/></xsl:call-template>
          <xsl:call-template name="not-stated"/>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates select="extradition/limitation"/>
      <xsl:apply-templates select="extradition/assurances"/>
      <xsl:if test="normalize-space(extradition/evidenceSummary)">
        <xsl:call-template name="text-section">
          <xsl:with-param name="key" select="'section.evidence'"/>
          <xsl:with-param name="text" select="extradition/evidenceSummary"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="scope"/>
      <xsl:call-template name="other-persons"/>
      <xsl:apply-templates select="urgency"/>
      <xsl:call-template name="confidentiality-note"/>
      <xsl:apply-templates select="annexes"/>
      <xsl:apply-templates select="signatory"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="sentence">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.sentence'"/></xsl:call-template>
    <xsl:call-template name="labelled">
      <xsl:with-param name="key" select="'sentence.imposed'"/>
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="@life = 'true'"><xsl:call-template name="str"><xsl:with-param name="key" select="'life'"/></xsl:call-template></xsl:when>
          <xsl:when test="normalize-space(@imposedMonths)">
            <xsl:call-template name="str">
              <xsl:with-param name="key" select="'months'"/>
              <xsl:with-param name="p1" select="'{n}'"/>
              <xsl:with-param name="v1" select="@imposedMonths"/>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="normalize-space(@remainingMonths)">
      <xsl:call-template name="labelled">
        <xsl:with-param name="key" select="'sentence.remaining'"/>
        <xsl:with-param name="text">
          <xsl:call-template name="str">
            <xsl:with-param name="key" select="'months'"/>
            <xsl:with-param name="p1" select="'{n}'"/>
            <xsl:with-param name="v1" select="@remainingMonths"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="text-block"><xsl:with-param name="text" select="note"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="limitation">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.limitation'"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'limitation.provision'"/><xsl:with-param name="text" select="provision"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'limitation.expires'"/><xsl:with-param name="text" select="expiresOn"/></xsl:call-template>
    <xsl:call-template name="text-block"><xsl:with-param name="text" select="note"/></xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
