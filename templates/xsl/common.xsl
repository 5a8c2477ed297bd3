<?xml version="1.0" encoding="UTF-8"?>
<!-- Building blocks shared by every document type: the words of the chosen language and recurring layouts. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <!-- output language; the renderer passes one for which strings/<lang>.xml exists -->
  <xsl:param name="lang" select="'en'"/>
  <xsl:variable name="strings" select="document(concat('../strings/', $lang, '.xml'))/strings"/>

  <!-- a fixed phrase in the output language, with up to two {placeholders} replaced -->
  <xsl:template name="str">
    <xsl:param name="key"/>
    <xsl:param name="p1"/>
    <xsl:param name="v1"/>
    <xsl:param name="p2"/>
    <xsl:param name="v2"/>
    <xsl:variable name="text" select="$strings/str[@name = $key]"/>
    <xsl:if test="not($text)">
      <xsl:message terminate="yes">No string '<xsl:value-of select="$key"/>' for language '<xsl:value-of select="$lang"/>'</xsl:message>
    </xsl:if>
    <xsl:variable name="once">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="string($text)"/>
        <xsl:with-param name="from" select="$p1"/>
        <xsl:with-param name="to" select="$v1"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="replace">
      <xsl:with-param name="text" select="string($once)"/>
      <xsl:with-param name="from" select="$p2"/>
      <xsl:with-param name="to" select="$v2"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="string($from) and contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "Page {page} of {pages}" with live page numbers, whatever the word order of the language -->
  <xsl:template name="page-x-of-y">
    <xsl:variable name="text" select="string($strings/str[@name = 'page'])"/>
    <xsl:variable name="before" select="substring-before($text, '{page}')"/>
    <xsl:variable name="rest" select="substring-after($text, '{page}')"/>
    <xsl:value-of select="$before"/>
    <fo:page-number/>
    <xsl:value-of select="substring-before($rest, '{pages}')"/>
    <fo:page-number-citation-last ref-id="document"/>
    <xsl:value-of select="substring-after($rest, '{pages}')"/>
  </xsl:template>

  <!-- what stands between a label and its value in the output language (": ", French " : ", Chinese "：") -->
  <xsl:template name="separator">
    <xsl:value-of select="$strings/str[@name = 'label-separator']"/>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="key"/>
    <fo:block xsl:use-attribute-sets="section-heading" role="H2">
      <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- "Label: text", left out when the text is empty -->
  <xsl:template name="labelled">
    <xsl:param name="key"/>
    <xsl:param name="text"/>
    <xsl:if test="normalize-space($text)">
      <fo:block xsl:use-attribute-sets="paragraph">
        <fo:inline xsl:use-attribute-sets="label">
          <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
          <xsl:call-template name="separator"/>
        </fo:inline>
        <xsl:value-of select="$text"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- a titled section of free text; the heading stays even when empty so a gap is visible to the reader -->
  <xsl:template name="text-section">
    <xsl:param name="key"/>
    <xsl:param name="text"/>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:choose>
        <xsl:when test="normalize-space($text)"><xsl:value-of select="$text"/></xsl:when>
        <xsl:otherwise>
          <fo:inline font-style="italic">
            <xsl:call-template name="str"><xsl:with-param name="key" select="'not-stated'"/></xsl:call-template>
          </fo:inline>
        </xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
