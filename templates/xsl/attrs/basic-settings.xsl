<?xml version="1.0" encoding="UTF-8"?>
<!--
  Page geometry, and typefaces and direction by language. ISO A4, the size central authorities file.

  A document has one part per language (two for a bilingual document); the language of whatever is being laid
  out is the @lang of the enclosing <part>, so these are named templates evaluated in the current node's context,
  not global variables.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="page-width">210mm</xsl:variable>
  <xsl:variable name="page-height">297mm</xsl:variable>
  <xsl:variable name="margin-side">22mm</xsl:variable>
  <xsl:variable name="margin-top">12mm</xsl:variable>
  <xsl:variable name="margin-bottom">14mm</xsl:variable>
  <!-- room above the text for the markings repeated on every page (training, confidential) -->
  <xsl:variable name="header-extent">12mm</xsl:variable>

  <!--
    DejaVu Serif has no Arabic, so Arabic is set in DejaVu Sans, first in the list: FOP draws glyphs taken from a
    fallback font shifted. Chinese is set in the configured CJK font (family "CJK Sans" in fop.xconf), which has
    Latin too: FOP picks one font per word, by majority, so a font without Latin would drop the "(" of
    "(犯罪嫌疑人)". DejaVu covers the rest. In a bilingual document the user's text appears in both parts, so each
    part falls back on the fonts of the other part's script: the English part of an Arabic/English document can
    show the Arabic names the user entered, the French part of a Chinese/French one the Chinese.
    A new language in an existing script needs no change here; a new script needs a branch in each template.
  -->
  <xsl:template name="body-font">
    <xsl:variable name="l" select="ancestor-or-self::part[1]/@lang"/>
    <xsl:variable name="o" select="ancestor-or-self::part[1]/@other"/>
    <xsl:choose>
      <xsl:when test="$l = 'zh'">CJK Sans, DejaVu Sans</xsl:when>
      <xsl:when test="$l = 'ar'">DejaVu Sans</xsl:when>
      <xsl:when test="$o = 'ar'">DejaVu Serif, DejaVu Sans</xsl:when>
      <xsl:otherwise>DejaVu Serif</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$o = 'zh' and $l != 'zh'">, CJK Sans</xsl:if>
  </xsl:template>

  <xsl:template name="heading-font">
    <xsl:variable name="l" select="ancestor-or-self::part[1]/@lang"/>
    <xsl:variable name="o" select="ancestor-or-self::part[1]/@other"/>
    <xsl:choose>
      <xsl:when test="$l = 'zh'">CJK Sans, DejaVu Sans</xsl:when>
      <xsl:otherwise>DejaVu Sans</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$o = 'zh' and $l != 'zh'">, CJK Sans</xsl:if>
  </xsl:template>

  <!-- right to left for Arabic (and any other right-to-left language added later) -->
  <xsl:template name="writing-mode">
    <xsl:variable name="l" select="ancestor-or-self::part[1]/@lang"/>
    <xsl:choose>
      <xsl:when test="$l = 'ar' or $l = 'fa' or $l = 'ur' or $l = 'he'">rl-tb</xsl:when>
      <xsl:otherwise>lr-tb</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
