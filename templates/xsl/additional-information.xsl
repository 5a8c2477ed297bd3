<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of a request for additional information (UNTOC art. 18(16)): the items the completeness review found
  missing (blocking and warning findings the officer accepted or has not yet decided), the officer's note and the
  date by which a reply is asked.
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
    <xsl:call-template name="reply-letterhead"/>
    <xsl:call-template name="document-title"/>
    <xsl:call-template name="references"/>
    <xsl:call-template name="statement">
      <xsl:with-param name="key" select="'additional-information.intro'"/>
      <xsl:with-param name="p1" select="'{state}'"/>
      <xsl:with-param name="v1"><xsl:call-template name="our-state"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.missing'"/></xsl:call-template>
    <xsl:if test="not(findings/finding)">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'additional-information.none'"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="findings/finding">
      <fo:block xsl:use-attribute-sets="item" keep-together.within-page="auto">
        <fo:block font-weight="bold"><xsl:value-of select="position()"/>. <xsl:value-of select="message"/></fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'what-is-needed'"/><xsl:with-param name="text" select="fix"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'provision-cited'"/><xsl:with-param name="text" select="citation"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
    <xsl:if test="normalize-space(reply/note)">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.note'"/></xsl:call-template>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="reply/note"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="normalize-space(reply/replyBy)">
      <fo:block xsl:use-attribute-sets="statement" font-weight="bold">
        <xsl:call-template name="str">
          <xsl:with-param name="key" select="'reply-by'"/>
          <xsl:with-param name="p1" select="'{date}'"/>
          <xsl:with-param name="v1" select="reply/replyBy"/>
        </xsl:call-template>
      </fo:block>
    </xsl:if>
    <xsl:call-template name="statement"><xsl:with-param name="key" select="'additional-information.closing'"/></xsl:call-template>
    <xsl:call-template name="reply-signature"/>
  </xsl:template>
</xsl:stylesheet>
