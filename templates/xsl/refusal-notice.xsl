<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of the notice of refusal (UNTOC art. 18(23): reasons shall be given; for extradition, UN Model Treaty
  on Extradition art. 10(2)) and of the notice of postponement (art. 18(25); for extradition, postponement of
  surrender, Model Treaty art. 12(1)), with the offer to consult (18(26); for extradition 16(16)). The reasons are
  the officer's own words: the suite never decides a ground of refusal.
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
    <xsl:variable name="extradition" select="request/@type = 'extradition' or request/@type = 'provisional-arrest'"/>
    <xsl:variable name="which">
      <xsl:choose>
        <xsl:when test="/document/@kind = 'postponement'">postponement</xsl:when>
        <xsl:otherwise>refusal</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="suffix">
      <xsl:if test="$extradition">.extradition</xsl:if>
    </xsl:variable>
    <xsl:call-template name="reply-letterhead"/>
    <xsl:call-template name="document-title"/>
    <xsl:call-template name="references"/>
    <xsl:call-template name="statement">
      <xsl:with-param name="key" select="concat($which, '.body', $suffix)"/>
      <xsl:with-param name="p1" select="'{state}'"/>
      <xsl:with-param name="v1"><xsl:call-template name="our-state"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.reasons'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="normalize-space(reply/note)">
        <xsl:call-template name="text-block"><xsl:with-param name="text" select="reply/note"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="not-stated"/></xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="statement"><xsl:with-param name="key" select="concat('consultation', $suffix)"/></xsl:call-template>
    <xsl:if test="$which = 'postponement'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'postponement.resume'"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="reply-signature"/>
  </xsl:template>
</xsl:stylesheet>
