<?xml version="1.0" encoding="UTF-8"?>
<!-- Page geometry and type sizes shared by every document. ISO A4, the size central authorities file. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="page-width">210mm</xsl:variable>
  <xsl:variable name="page-height">297mm</xsl:variable>
  <xsl:variable name="margin-side">22mm</xsl:variable>
  <xsl:variable name="margin-top">18mm</xsl:variable>
  <xsl:variable name="margin-bottom">14mm</xsl:variable>

  <!--
    Typefaces and direction by output language ($lang, declared in common.xsl). DejaVu Serif has no Arabic, so
    Arabic is set in DejaVu Sans, first in the list: FOP draws glyphs taken from a fallback font shifted. Chinese
    is set in the configured CJK font (family "CJK Sans" in fop.xconf), which has Latin too: FOP picks one font
    per word, by majority, so a font without Latin would drop the "(" of "(犯罪嫌疑人)". DejaVu covers the rest.
    A new language in an existing script needs no change here; a new script needs a branch in each variable.
  -->
  <xsl:variable name="body-font">
    <xsl:choose>
      <xsl:when test="$lang = 'zh'">CJK Sans, DejaVu Sans</xsl:when>
      <xsl:when test="$lang = 'ar'">DejaVu Sans</xsl:when>
      <xsl:otherwise>DejaVu Serif</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="heading-font">
    <xsl:choose>
      <xsl:when test="$lang = 'zh'">CJK Sans, DejaVu Sans</xsl:when>
      <xsl:otherwise>DejaVu Sans</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- right to left for Arabic (and any other right-to-left language added later) -->
  <xsl:variable name="writing-mode">
    <xsl:choose>
      <xsl:when test="$lang = 'ar' or $lang = 'fa' or $lang = 'ur' or $lang = 'he'">rl-tb</xsl:when>
      <xsl:otherwise>lr-tb</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
</xsl:stylesheet>
