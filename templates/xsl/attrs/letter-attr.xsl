<?xml version="1.0" encoding="UTF-8"?>
<!-- The look of letters of request: attribute sets only, no structure. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:attribute-set name="body">
    <xsl:attribute name="font-family"><xsl:value-of select="$body-font"/></xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.35</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">15pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">8mm</xsl:attribute>
    <xsl:attribute name="space-after">6mm</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="marking">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="color">#8b0000</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="border">1pt solid #8b0000</xsl:attribute>
    <xsl:attribute name="padding">1.5mm</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="section-heading">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">11.5pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">5mm</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="border-bottom">0.5pt solid #555555</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="label">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="item">
    <xsl:attribute name="space-after">3mm</xsl:attribute>
    <xsl:attribute name="start-indent">4mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footer">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="color">#444444</xsl:attribute>
    <xsl:attribute name="border-top">0.5pt solid #888888</xsl:attribute>
    <xsl:attribute name="padding-top">1mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="letterhead">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
