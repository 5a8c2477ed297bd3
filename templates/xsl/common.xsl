<?xml version="1.0" encoding="UTF-8"?>
<!--
  What every document type shares: the page frame (page masters, XMP metadata, the embedded request JSON, the
  markings at the top of every page, the footer with page X of Y, the fingerprint and the schema version), the
  words of the language of the part being laid out, and recurring layouts.

  Input (RequestXml in mla-api):
    <document kind titleKey reply bilingual schemaVersion fingerprint confidential reference>
      <part n="1" lang="fr" other="en"> <request>…</request> [<reply>…</reply>] <date/> [<findings>…</findings>] </part>
      [<part n="2" lang="en" other="fr"> the same content again </part>]
      <attachment filename src/>
    </document>
  A document that is not about a request (the results of a training session) has no <request>, no <attachment>
  and no fingerprint or schemaVersion: the frame then embeds nothing and the footer shows page X of Y and the
  reference only; such a stylesheet also overrides the named template "author".
  A type's stylesheet imports this one and defines <xsl:template match="part" mode="body">: the content of one
  part. Every phrase takes its language from the part it is in, so a bilingual document is the same templates
  applied to the second part: the fixed wording is translated, the user's text is repeated as entered.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:pdf="http://xmlgraphics.apache.org/fop/extensions/pdf"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/">

  <!-- the language of the original (the first part); the parts themselves say theirs -->
  <xsl:param name="lang" select="'en'"/>
  <!-- TRAINING hook: "true" prints TRAINING — NOT A REAL REQUEST at the top of every page -->
  <xsl:param name="training" select="'false'"/>

  <xsl:variable name="strings-1" select="document(concat('../strings/', /document/part[1]/@lang, '.xml'))/strings"/>
  <xsl:variable name="strings-2" select="document(concat('../strings/', /document/part[last()]/@lang, '.xml'))/strings"/>

  <!--
    Phrases by name. A document looks up a few hundred phrases among the ~240 of its language; an index instead of
    a scan of the strings file for each (key() looks in the document of the context node, hence the for-each).
  -->
  <xsl:key name="str" match="str" use="@name"/>

  <!-- the strings of the part the current node is in -->
  <xsl:template name="part-strings-key">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="ancestor-or-self::part[1]/@n = '2'">
        <xsl:for-each select="$strings-2"><xsl:value-of select="key('str', $key)"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$strings-1"><xsl:value-of select="key('str', $key)"/></xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a fixed phrase in the language of the current part, with up to three {placeholders} replaced -->
  <xsl:template name="str">
    <xsl:param name="key"/>
    <xsl:param name="p1"/>
    <xsl:param name="v1"/>
    <xsl:param name="p2"/>
    <xsl:param name="v2"/>
    <xsl:param name="p3"/>
    <xsl:param name="v3"/>
    <xsl:variable name="text">
      <xsl:call-template name="part-strings-key"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($text) = ''">
      <xsl:message terminate="yes">No string '<xsl:value-of select="$key"/>' for language '<xsl:value-of select="ancestor-or-self::part[1]/@lang"/>'</xsl:message>
    </xsl:if>
    <xsl:variable name="once">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="string($text)"/>
        <xsl:with-param name="from" select="$p1"/>
        <xsl:with-param name="to" select="$v1"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="twice">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="string($once)"/>
        <xsl:with-param name="from" select="$p2"/>
        <xsl:with-param name="to" select="$v2"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="replace">
      <xsl:with-param name="text" select="string($twice)"/>
      <xsl:with-param name="from" select="$p3"/>
      <xsl:with-param name="to" select="$v3"/>
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

  <!-- the name of a language in the language of the current part ("anglais", "英语") -->
  <xsl:template name="language-name">
    <xsl:param name="code"/>
    <xsl:call-template name="str"><xsl:with-param name="key" select="concat('language.', $code)"/></xsl:call-template>
  </xsl:template>

  <!-- the document's title in the language of the current part -->
  <xsl:template name="title-text">
    <xsl:call-template name="str"><xsl:with-param name="key" select="/document/@titleKey"/></xsl:call-template>
  </xsl:template>

  <!-- "Page {page} of {pages}" with live page numbers, whatever the word order; pages counted within the part -->
  <xsl:template name="page-x-of-y">
    <xsl:variable name="text">
      <xsl:call-template name="part-strings-key"><xsl:with-param name="key" select="'page'"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="rest" select="substring-after($text, '{page}')"/>
    <xsl:value-of select="substring-before($text, '{page}')"/>
    <fo:page-number/>
    <xsl:value-of select="substring-before($rest, '{pages}')"/>
    <fo:page-number-citation-last ref-id="part-{ancestor-or-self::part[1]/@n}"/>
    <xsl:value-of select="substring-after($rest, '{pages}')"/>
  </xsl:template>

  <!-- what stands between a label and its value in the language (": ", French " : ", Chinese "：") -->
  <xsl:template name="separator">
    <xsl:call-template name="part-strings-key"><xsl:with-param name="key" select="'label-separator'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================================================ the frame -->

  <xsl:template match="/document">
    <fo:root xml:lang="{part[1]/@lang}">
      <xsl:attribute name="font-family">
        <xsl:for-each select="part[1]"><xsl:call-template name="body-font"/></xsl:for-each>
      </xsl:attribute>
      <fo:layout-master-set>
        <xsl:for-each select="part">
          <fo:simple-page-master master-name="page-{@n}" page-width="{$page-width}" page-height="{$page-height}"
              margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
              margin-left="{$margin-side}" margin-right="{$margin-side}">
            <xsl:attribute name="writing-mode"><xsl:call-template name="writing-mode"/></xsl:attribute>
            <fo:region-body margin-top="{$header-extent}" margin-bottom="14mm"/>
            <fo:region-before extent="{$header-extent}"/>
            <fo:region-after extent="10mm"/>
          </fo:simple-page-master>
        </xsl:for-each>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <!-- an rdf:Alt, as PDF/A requires (FOP's own title does not pass veraPDF) -->
              <dc:title>
                <rdf:Alt>
                  <xsl:for-each select="part">
                    <rdf:li>
                      <xsl:attribute name="xml:lang">
                        <xsl:choose>
                          <xsl:when test="@n = '1'">x-default</xsl:when>
                          <xsl:otherwise><xsl:value-of select="@lang"/></xsl:otherwise>
                        </xsl:choose>
                      </xsl:attribute>
                      <xsl:call-template name="title-text"/>
                    </rdf:li>
                  </xsl:for-each>
                </rdf:Alt>
              </dc:title>
              <dc:language>
                <rdf:Bag>
                  <xsl:for-each select="part"><rdf:li><xsl:value-of select="@lang"/></rdf:li></xsl:for-each>
                </rdf:Bag>
              </dc:language>
              <xsl:variable name="author">
                <xsl:for-each select="part[1]"><xsl:call-template name="author"/></xsl:for-each>
              </xsl:variable>
              <xsl:if test="normalize-space($author)">
                <dc:creator>
                  <rdf:Seq><rdf:li><xsl:value-of select="$author"/></rdf:li></rdf:Seq>
                </dc:creator>
              </xsl:if>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <xsl:if test="attachment">
          <pdf:embedded-file filename="{attachment/@filename}" src="{attachment/@src}">
            <xsl:attribute name="description">
              <xsl:for-each select="part[1]">
                <xsl:call-template name="str">
                  <xsl:with-param name="key" select="'attachment.description'"/>
                  <xsl:with-param name="p1" select="'{version}'"/>
                  <xsl:with-param name="v1" select="/document/@schemaVersion"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:attribute>
          </pdf:embedded-file>
        </xsl:if>
      </fo:declarations>
      <xsl:apply-templates select="part" mode="page-sequence"/>
    </fo:root>
  </xsl:template>

  <!--
    The author in the metadata: the requesting authority for a request or a report on one; for a central
    authority's reply, the central authority of the requested State.
  -->
  <xsl:template name="author">
    <xsl:choose>
      <xsl:when test="/document/@reply = 'true'">
        <xsl:call-template name="str">
          <xsl:with-param name="key" select="'to.central-authority'"/>
          <xsl:with-param name="p1" select="'{state}'"/>
          <xsl:with-param name="v1" select="request/requestedState/@name"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="request/requestingAuthority/name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="part" mode="page-sequence">
    <xsl:variable name="title"><xsl:call-template name="title-text"/></xsl:variable>
    <xsl:variable name="writing-mode"><xsl:call-template name="writing-mode"/></xsl:variable>
    <fo:page-sequence master-reference="page-{@n}" id="part-{@n}" initial-page-number="1"
        writing-mode="{$writing-mode}" language="{@lang}">
      <xsl:attribute name="font-family"><xsl:call-template name="body-font"/></xsl:attribute>
      <fo:title><xsl:value-of select="$title"/></fo:title>
      <xsl:if test="$training = 'true' or /document/@confidential = 'true'">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block xsl:use-attribute-sets="header">
            <xsl:if test="$training = 'true'">
              <fo:block xsl:use-attribute-sets="training-marking">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'training.marking'"/></xsl:call-template>
              </fo:block>
            </xsl:if>
            <xsl:if test="/document/@confidential = 'true'">
              <fo:block xsl:use-attribute-sets="confidential-marking">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'confidential'"/></xsl:call-template>
              </fo:block>
            </xsl:if>
          </fo:block>
        </fo:static-content>
      </xsl:if>
      <fo:static-content flow-name="xsl-region-after">
        <fo:block xsl:use-attribute-sets="footer">
          <fo:block text-align-last="justify">
            <xsl:call-template name="page-x-of-y"/>
            <xsl:if test="/document/@bilingual = 'true'">
              <xsl:text> · </xsl:text>
              <xsl:call-template name="part-label"/>
            </xsl:if>
            <fo:leader leader-pattern="space"/>
            <xsl:value-of select="/document/@reference"/>
          </fo:block>
          <xsl:if test="string(/document/@fingerprint)">
            <fo:block>
              <xsl:call-template name="str"><xsl:with-param name="key" select="'fingerprint'"/></xsl:call-template>
              <xsl:call-template name="separator"/>
              <fo:inline font-family="DejaVu Sans" font-size="6.5pt"><xsl:value-of select="/document/@fingerprint"/></fo:inline>
              <xsl:text> · </xsl:text>
              <xsl:call-template name="str"><xsl:with-param name="key" select="'schema'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:value-of select="/document/@schemaVersion"/>
            </fo:block>
          </xsl:if>
        </fo:block>
      </fo:static-content>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body">
          <xsl:if test="/document/@bilingual = 'true'">
            <xsl:call-template name="part-notice"/>
          </xsl:if>
          <xsl:apply-templates select="." mode="body"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- "Original (French)" or "Translation (English)", for the footer of a bilingual document -->
  <xsl:template name="part-label">
    <xsl:variable name="language">
      <xsl:call-template name="language-name"><xsl:with-param name="code" select="ancestor-or-self::part[1]/@lang"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="str">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="ancestor-or-self::part[1]/@n = '1'">part.original</xsl:when>
          <xsl:otherwise>part.translation</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="p1" select="'{language}'"/>
      <xsl:with-param name="v1" select="$language"/>
    </xsl:call-template>
  </xsl:template>

  <!-- at the head of each part of a bilingual document: which part this is and what the other one holds -->
  <xsl:template name="part-notice">
    <xsl:variable name="other">
      <xsl:call-template name="language-name"><xsl:with-param name="code" select="@other"/></xsl:call-template>
    </xsl:variable>
    <fo:block xsl:use-attribute-sets="part-notice">
      <fo:block font-weight="bold"><xsl:call-template name="part-label"/></fo:block>
      <fo:block>
        <xsl:call-template name="str">
          <xsl:with-param name="key">
            <xsl:choose>
              <xsl:when test="@n = '1'">bilingual.original.note</xsl:when>
              <xsl:otherwise>bilingual.translation.note</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="p1" select="'{language}'"/>
          <xsl:with-param name="v1" select="$other"/>
        </xsl:call-template>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- ============================================================ recurring layouts -->

  <xsl:template name="document-title">
    <fo:block xsl:use-attribute-sets="title" role="H1"><xsl:call-template name="title-text"/></fo:block>
  </xsl:template>

  <xsl:template name="heading">
    <xsl:param name="key"/>
    <fo:block xsl:use-attribute-sets="section-heading" role="H2">
      <xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- a fixed sentence as a paragraph -->
  <xsl:template name="statement">
    <xsl:param name="key"/>
    <xsl:param name="p1"/>
    <xsl:param name="v1"/>
    <xsl:param name="p2"/>
    <xsl:param name="v2"/>
    <fo:block xsl:use-attribute-sets="statement">
      <xsl:call-template name="str">
        <xsl:with-param name="key" select="$key"/>
        <xsl:with-param name="p1" select="$p1"/>
        <xsl:with-param name="v1" select="$v1"/>
        <xsl:with-param name="p2" select="$p2"/>
        <xsl:with-param name="v2" select="$v2"/>
      </xsl:call-template>
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

  <!-- user text as a paragraph, left out when empty -->
  <xsl:template name="text-block">
    <xsl:param name="text"/>
    <xsl:if test="normalize-space($text)">
      <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="$text"/></fo:block>
    </xsl:if>
  </xsl:template>

  <!-- the words "Not stated", as a visible gap -->
  <xsl:template name="not-stated">
    <fo:block xsl:use-attribute-sets="paragraph">
      <fo:inline font-style="italic">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'not-stated'"/></xsl:call-template>
      </fo:inline>
    </fo:block>
  </xsl:template>

  <!-- a titled section of free text; the heading stays even when empty so a gap is visible to the reader -->
  <xsl:template name="text-section">
    <xsl:param name="key"/>
    <xsl:param name="text"/>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="$key"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="normalize-space($text)">
        <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="$text"/></fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="not-stated"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
