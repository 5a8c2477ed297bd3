<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of the completeness report: every finding of the checks on a request, with its severity, message,
  suggested fix, the provision it rests on and the parts of the request concerned.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="reply-parts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="part" mode="body">
    <xsl:call-template name="document-title"/>
    <fo:table xsl:use-attribute-sets="table">
      <fo:table-column column-width="30%"/>
      <fo:table-column column-width="70%"/>
      <fo:table-body>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'request-type'"/>
          <xsl:with-param name="text">
            <xsl:if test="normalize-space(request/@type)">
              <xsl:call-template name="str"><xsl:with-param name="key" select="concat('request-type.', request/@type)"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'subject'"/><xsl:with-param name="text" select="request/title"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'case-reference'"/><xsl:with-param name="text" select="request/proceedings/caseReference"/></xsl:call-template>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'requesting-authority'"/>
          <xsl:with-param name="text">
            <xsl:value-of select="request/requestingAuthority/name"/>
            <xsl:if test="normalize-space(request/requestingAuthority/name)">, </xsl:if>
            <xsl:value-of select="request/requestingState/@name"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'requested-state'"/><xsl:with-param name="text" select="request/requestedState/@name"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'checked-on'"/><xsl:with-param name="text" select="date"/></xsl:call-template>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'findings-count'"/>
          <xsl:with-param name="text">
            <xsl:call-template name="str">
              <xsl:with-param name="key" select="'findings-count.value'"/>
              <xsl:with-param name="p1" select="'{blocking}'"/>
              <xsl:with-param name="v1" select="findings/@blocking"/>
              <xsl:with-param name="p2" select="'{warning}'"/>
              <xsl:with-param name="v2" select="findings/@warning"/>
              <xsl:with-param name="p3" select="'{advice}'"/>
              <xsl:with-param name="v3" select="findings/@advice"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </fo:table-body>
    </fo:table>
    <xsl:call-template name="statement"><xsl:with-param name="key" select="'completeness.intro'"/></xsl:call-template>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.findings'"/></xsl:call-template>
    <xsl:if test="not(findings/finding)">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'completeness.none'"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="findings/finding">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block>
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:choose>
            <xsl:when test="@severity = 'blocking'">
              <fo:inline xsl:use-attribute-sets="severity-blocking"><xsl:call-template name="str"><xsl:with-param name="key" select="'severity.blocking'"/></xsl:call-template></fo:inline>
            </xsl:when>
            <xsl:when test="@severity = 'warning'">
              <fo:inline xsl:use-attribute-sets="severity-warning"><xsl:call-template name="str"><xsl:with-param name="key" select="'severity.warning'"/></xsl:call-template></fo:inline>
            </xsl:when>
            <xsl:otherwise>
              <fo:inline xsl:use-attribute-sets="severity-advice"><xsl:call-template name="str"><xsl:with-param name="key" select="'severity.advice'"/></xsl:call-template></fo:inline>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text> — </xsl:text>
          <fo:inline font-weight="bold"><xsl:value-of select="message"/></fo:inline>
        </fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'suggested-fix'"/><xsl:with-param name="text" select="fix"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'provision-cited'"/><xsl:with-param name="text" select="citation"/></xsl:call-template>
        <xsl:if test="field">
          <fo:block xsl:use-attribute-sets="small">
            <xsl:call-template name="str"><xsl:with-param name="key" select="'fields'"/></xsl:call-template>
            <xsl:call-template name="separator"/>
            <fo:inline font-family="DejaVu Sans">
              <xsl:for-each select="field">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:value-of select="."/>
              </xsl:for-each>
            </fo:inline>
            <xsl:text> · </xsl:text>
            <fo:inline font-family="DejaVu Sans"><xsl:value-of select="@id"/></fo:inline>
          </fo:block>
        </xsl:if>
      </fo:block>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
