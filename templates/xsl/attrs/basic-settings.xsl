<?xml version="1.0" encoding="UTF-8"?>
<!-- Page geometry and type sizes shared by every document. ISO A4, the size central authorities file. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:variable name="page-width">210mm</xsl:variable>
  <xsl:variable name="page-height">297mm</xsl:variable>
  <xsl:variable name="margin-side">22mm</xsl:variable>
  <xsl:variable name="margin-top">18mm</xsl:variable>
  <xsl:variable name="margin-bottom">14mm</xsl:variable>
  <xsl:variable name="body-font">DejaVu Serif</xsl:variable>
  <xsl:variable name="heading-font">DejaVu Sans</xsl:variable>
</xsl:stylesheet>
