<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of the letter of request for mutual legal assistance (UNTOC art. 18(15)), with the channel and
  addressee, the Convention's scope (art. 3), the use of what is furnished in other proceedings (18(19)) and the
  annexes. Frame in common.xsl, shared sections in request-parts.xsl, words in ../strings, look in attrs/.
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
      <xsl:call-template name="urgent-marking"/>
      <xsl:call-template name="request-letterhead"/>
      <xsl:call-template name="document-title"/>
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
      <xsl:apply-templates select="measures"/>
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
</xsl:stylesheet>
