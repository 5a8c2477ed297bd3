<?xml version="1.0" encoding="UTF-8"?>
<!-- Structure of the acknowledgement of receipt of a registered request, from the requested State's central authority. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="reply-parts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="part" mode="body">
    <xsl:call-template name="reply-letterhead"/>
    <xsl:call-template name="document-title"/>
    <xsl:call-template name="references"/>
    <xsl:call-template name="statement">
      <xsl:with-param name="key" select="'acknowledgement.body'"/>
      <xsl:with-param name="p1" select="'{state}'"/>
      <xsl:with-param name="v1"><xsl:call-template name="our-state"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="statement"><xsl:with-param name="key" select="'acknowledgement.quote-number'"/></xsl:call-template>
    <xsl:if test="normalize-space(reply/note)">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.note'"/></xsl:call-template>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="reply/note"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="reply-signature"/>
  </xsl:template>
</xsl:stylesheet>
