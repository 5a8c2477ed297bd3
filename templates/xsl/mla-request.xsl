<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of the letter of request for mutual legal assistance (UNTOC art. 18(15)).
  Input: the request as XML (see RequestXml in mla-api). Words come from ../strings/<lang>.xml, look from attrs/.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:pdf="http://xmlgraphics.apache.org/fop/extensions/pdf"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="/request">
    <!-- a local variable: XSLTC cannot order a global one that depends on an imported global -->
    <xsl:variable name="document-title">
      <xsl:call-template name="str"><xsl:with-param name="key" select="'mla.title'"/></xsl:call-template>
    </xsl:variable>
    <fo:root xml:lang="{$lang}" font-family="{$body-font}">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="page" page-width="{$page-width}" page-height="{$page-height}"
            writing-mode="{$writing-mode}"
            margin-top="{$margin-top}" margin-bottom="{$margin-bottom}"
            margin-left="{$margin-side}" margin-right="{$margin-side}">
          <fo:region-body margin-bottom="14mm"/>
          <fo:region-after extent="10mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta>
          <rdf:RDF>
            <rdf:Description rdf:about="">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default"><xsl:value-of select="$document-title"/></rdf:li>
                </rdf:Alt>
              </dc:title>
              <dc:language>
                <rdf:Bag><rdf:li><xsl:value-of select="$lang"/></rdf:li></rdf:Bag>
              </dc:language>
              <xsl:if test="normalize-space(requestingAuthority/name)">
                <dc:creator>
                  <rdf:Seq><rdf:li><xsl:value-of select="requestingAuthority/name"/></rdf:li></rdf:Seq>
                </dc:creator>
              </xsl:if>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
        <pdf:embedded-file filename="{attachment/@filename}" src="{attachment/@src}">
          <xsl:attribute name="description">
            <xsl:call-template name="str">
              <xsl:with-param name="key" select="'attachment.description'"/>
              <xsl:with-param name="p1" select="'{version}'"/>
              <xsl:with-param name="v1" select="@schemaVersion"/>
            </xsl:call-template>
          </xsl:attribute>
        </pdf:embedded-file>
      </fo:declarations>

      <fo:page-sequence master-reference="page" id="document" writing-mode="{$writing-mode}" language="{$lang}">
        <fo:title><xsl:value-of select="$document-title"/></fo:title>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block xsl:use-attribute-sets="footer">
            <fo:block text-align-last="justify">
              <xsl:call-template name="page-x-of-y"/>
              <fo:leader leader-pattern="space"/>
              <xsl:value-of select="@reference"/>
            </fo:block>
            <fo:block>
              <xsl:call-template name="str"><xsl:with-param name="key" select="'fingerprint'"/></xsl:call-template>
              <xsl:call-template name="separator"/>
              <fo:inline font-family="DejaVu Sans" font-size="6.5pt"><xsl:value-of select="@fingerprint"/></fo:inline>
              <xsl:text> · </xsl:text>
              <xsl:call-template name="str"><xsl:with-param name="key" select="'schema'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:value-of select="@schemaVersion"/>
            </fo:block>
          </fo:block>
        </fo:static-content>

        <fo:flow flow-name="xsl-region-body">
          <fo:block xsl:use-attribute-sets="body">
            <xsl:if test="@confidential = 'true'">
              <fo:block xsl:use-attribute-sets="marking">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'confidential'"/></xsl:call-template>
              </fo:block>
            </xsl:if>
            <xsl:if test="@urgent = 'true'">
              <fo:block xsl:use-attribute-sets="marking">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'urgent'"/></xsl:call-template>
              </fo:block>
            </xsl:if>
            <xsl:call-template name="letterhead"/>
            <fo:block xsl:use-attribute-sets="title" role="H1"><xsl:value-of select="$document-title"/></fo:block>
            <xsl:apply-templates select="legalBasis"/>
            <xsl:apply-templates select="requestingAuthority"/>
            <xsl:apply-templates select="conductingAuthority"/>
            <xsl:apply-templates select="proceedings"/>
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
            <xsl:apply-templates select="urgency"/>
            <xsl:if test="@confidential = 'true'">
              <fo:block xsl:use-attribute-sets="paragraph">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'confidential.note'"/></xsl:call-template>
                <xsl:if test="normalize-space(confidentiality/reason)">
                  <xsl:text> </xsl:text><xsl:value-of select="confidentiality/reason"/>
                </xsl:if>
              </fo:block>
            </xsl:if>
            <xsl:apply-templates select="signatory"/>
            <fo:block id="last"/>
          </fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="letterhead">
    <fo:table table-layout="fixed" width="100%" xsl:use-attribute-sets="letterhead">
      <fo:table-column column-width="50%"/>
      <fo:table-column column-width="50%"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-right="3mm">
            <fo:block xsl:use-attribute-sets="label">
              <xsl:call-template name="str"><xsl:with-param name="key" select="'from'"/></xsl:call-template>
            </fo:block>
            <fo:block><xsl:value-of select="requestingAuthority/name"/></fo:block>
            <fo:block linefeed-treatment="preserve"><xsl:value-of select="requestingAuthority/address"/></fo:block>
            <fo:block><xsl:value-of select="requestingState/@name"/></fo:block>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="label">
              <xsl:call-template name="str"><xsl:with-param name="key" select="'to'"/></xsl:call-template>
            </fo:block>
            <fo:block>
              <xsl:call-template name="str">
                <xsl:with-param name="key" select="'to.central-authority'"/>
                <xsl:with-param name="p1" select="'{state}'"/>
                <xsl:with-param name="v1" select="requestedState/@name"/>
              </xsl:call-template>
            </fo:block>
            <xsl:if test="normalize-space(proceedings/caseReference)">
              <fo:block space-before="2mm">
                <fo:inline xsl:use-attribute-sets="label">
                  <xsl:call-template name="str"><xsl:with-param name="key" select="'our-reference'"/></xsl:call-template>
                </fo:inline>
                <xsl:call-template name="separator"/><xsl:value-of select="proceedings/caseReference"/>
              </fo:block>
            </xsl:if>
            <xsl:if test="normalize-space(signatory/date)">
              <fo:block>
                <fo:inline xsl:use-attribute-sets="label">
                  <xsl:call-template name="str"><xsl:with-param name="key" select="'date'"/></xsl:call-template>
                </fo:inline>
                <xsl:call-template name="separator"/><xsl:value-of select="signatory/date"/>
              </fo:block>
            </xsl:if>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="legalBasis">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.legal-basis'"/></xsl:call-template>
    <xsl:for-each select="instrument">
      <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="@title"/></fo:block>
    </xsl:for-each>
    <xsl:if test="@reciprocity = 'true'">
      <fo:block xsl:use-attribute-sets="paragraph">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'legal-basis.reciprocity'"/></xsl:call-template>
      </fo:block>
    </xsl:if>
    <xsl:if test="normalize-space(note)">
      <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="note"/></fo:block>
    </xsl:if>
    <xsl:if test="not(instrument) and not(@reciprocity = 'true') and not(normalize-space(note))">
      <fo:block xsl:use-attribute-sets="paragraph">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'legal-basis.none'"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="requestingAuthority | conductingAuthority">
    <xsl:call-template name="heading">
      <xsl:with-param name="key">
        <xsl:choose>
          <xsl:when test="self::requestingAuthority">section.requesting-authority</xsl:when>
          <xsl:otherwise>section.conducting-authority</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="name"/></fo:block>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'functions'"/><xsl:with-param name="text" select="functions"/></xsl:call-template>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'address'"/><xsl:with-param name="text" select="address"/></xsl:call-template>
    <xsl:call-template name="labelled">
      <xsl:with-param name="key" select="'contact'"/>
      <xsl:with-param name="text">
        <xsl:value-of select="contactPerson"/>
        <xsl:if test="normalize-space(email)"><xsl:if test="normalize-space(contactPerson)">, </xsl:if><xsl:value-of select="email"/></xsl:if>
        <xsl:if test="normalize-space(phone)"><xsl:text>, </xsl:text><xsl:value-of select="phone"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="proceedings">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.proceedings'"/></xsl:call-template>
    <xsl:if test="normalize-space(@nature)">
      <xsl:call-template name="labelled">
        <xsl:with-param name="key" select="'nature'"/>
        <xsl:with-param name="text">
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('nature.', @nature)"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="labelled"><xsl:with-param name="key" select="'case-reference'"/><xsl:with-param name="text" select="caseReference"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="subjectMatter"/></fo:block>
  </xsl:template>

  <xsl:template match="offences">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.offences'"/></xsl:call-template>
    <xsl:for-each select="offence">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold"><xsl:value-of select="position()"/>. <xsl:value-of select="name"/></fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'provision'"/><xsl:with-param name="text" select="legalProvision"/></xsl:call-template>
        <xsl:if test="normalize-space(provisionText)">
          <fo:block xsl:use-attribute-sets="paragraph" font-style="italic"><xsl:value-of select="provisionText"/></fo:block>
        </xsl:if>
        <xsl:call-template name="labelled">
          <xsl:with-param name="key" select="'maximum-penalty'"/>
          <xsl:with-param name="text">
            <xsl:choose>
              <xsl:when test="maximumPenalty/@life = 'true'">
                <xsl:call-template name="str"><xsl:with-param name="key" select="'life'"/></xsl:call-template>
              </xsl:when>
              <xsl:when test="normalize-space(maximumPenalty/@years)">
                <xsl:call-template name="str">
                  <xsl:with-param name="key" select="'years'"/>
                  <xsl:with-param name="p1" select="'{n}'"/>
                  <xsl:with-param name="v1" select="maximumPenalty/@years"/>
                </xsl:call-template>
              </xsl:when>
            </xsl:choose>
            <xsl:if test="normalize-space(maximumPenalty/description)">
              <xsl:text> </xsl:text><xsl:value-of select="maximumPenalty/description"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="measures">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.measures'"/></xsl:call-template>
    <xsl:for-each select="measure">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('measure.', @type)"/></xsl:call-template>
        </fo:block>
        <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="description"/></fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'place'"/><xsl:with-param name="text" select="location"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'procedure'"/><xsl:with-param name="text" select="particularProcedure"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="persons">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.persons'"/></xsl:call-template>
    <xsl:for-each select="person">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:value-of select="name"/>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('role.', @role)"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'other-names'"/><xsl:with-param name="text" select="otherNames"/></xsl:call-template>
        <xsl:call-template name="labelled">
          <xsl:with-param name="key" select="'born'"/>
          <xsl:with-param name="text">
            <xsl:value-of select="dateOfBirth"/>
            <xsl:if test="normalize-space(dateOfBirth) and normalize-space(placeOfBirth)">, </xsl:if>
            <xsl:value-of select="placeOfBirth"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'nationality'"/><xsl:with-param name="text" select="nationality"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'identity-document'"/><xsl:with-param name="text" select="identityDocument"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'location'"/><xsl:with-param name="text" select="location"/></xsl:call-template>
        <xsl:if test="normalize-space(description)">
          <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="description"/></fo:block>
        </xsl:if>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="urgency">
    <xsl:if test="../@urgent = 'true' or normalize-space(deadline)">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.urgency'"/></xsl:call-template>
      <xsl:if test="normalize-space(reason)">
        <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="reason"/></fo:block>
      </xsl:if>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'deadline'"/><xsl:with-param name="text" select="deadline"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="signatory">
    <fo:block space-before="10mm" keep-together.within-page="always">
      <fo:block><xsl:value-of select="place"/><xsl:if test="normalize-space(place) and normalize-space(date)">, </xsl:if><xsl:value-of select="date"/></fo:block>
      <fo:block space-before="12mm" font-weight="bold"><xsl:value-of select="name"/></fo:block>
      <fo:block><xsl:value-of select="title"/></fo:block>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
