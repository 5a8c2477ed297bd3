<?xml version="1.0" encoding="UTF-8"?>
<!-- The look of every document: attribute sets only, no structure. Fonts follow the language of the part. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:attribute-set name="body">
    <xsl:attribute name="font-family"><xsl:call-template name="body-font"/></xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.35</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">15pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">8mm</xsl:attribute>
    <xsl:attribute name="space-after">6mm</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="marking">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="color">#8b0000</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="border">1pt solid #8b0000</xsl:attribute>
    <xsl:attribute name="padding">1.5mm</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="section-heading">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
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
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="item">
    <xsl:attribute name="space-after">3mm</xsl:attribute>
    <xsl:attribute name="start-indent">4mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footer">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="color">#444444</xsl:attribute>
    <xsl:attribute name="border-top">0.5pt solid #888888</xsl:attribute>
    <xsl:attribute name="padding-top">1mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="letterhead">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="subtitle">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">5mm</xsl:attribute>
  </xsl:attribute-set>
  <!-- the markings repeated at the top of every page -->
  <xsl:attribute-set name="header">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="training-marking">
    <xsl:attribute name="color">#ffffff</xsl:attribute>
    <xsl:attribute name="background-color">#b00020</xsl:attribute>
    <xsl:attribute name="padding">1mm</xsl:attribute>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="confidential-marking">
    <xsl:attribute name="color">#8b0000</xsl:attribute>
    <xsl:attribute name="border">1pt solid #8b0000</xsl:attribute>
    <xsl:attribute name="padding">1mm</xsl:attribute>
    <xsl:attribute name="margin-top">0.8mm</xsl:attribute>
  </xsl:attribute-set>
  <!-- which part of a bilingual document this is, and what it holds -->
  <xsl:attribute-set name="part-notice">
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="background-color">#eef2f7</xsl:attribute>
    <xsl:attribute name="border">0.5pt solid #7a8ca5</xsl:attribute>
    <xsl:attribute name="padding">1.5mm</xsl:attribute>
    <xsl:attribute name="space-after">4mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="statement">
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
    <xsl:attribute name="border-collapse">separate</xsl:attribute>
  </xsl:attribute-set>
  <!-- a table of many rows and columns (a training session's results): smaller type, so six columns fit -->
  <xsl:attribute-set name="data-table" use-attribute-sets="table">
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid #999999</xsl:attribute>
    <xsl:attribute name="padding">1.2mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head-cell" use-attribute-sets="cell">
    <xsl:attribute name="background-color">#e8e8e8</xsl:attribute>
    <xsl:attribute name="font-family"><xsl:call-template name="heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="severity-blocking">
    <xsl:attribute name="color">#b00020</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="severity-warning">
    <xsl:attribute name="color">#8a5a00</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="severity-advice">
    <xsl:attribute name="color">#2f4f4f</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="small">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="color">#333333</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
