<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sections that the request documents share (letter of request, extradition, provisional arrest, freezing and
  confiscation): letterhead, legal basis, authorities, proceedings, the Convention's scope, offences, measures,
  persons, further use, urgency, confidentiality, annexes, signature. The context of each is the <request>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template name="urgent-marking">
    <xsl:if test="@urgent = 'true'">
      <fo:block xsl:use-attribute-sets="marking">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'urgent'"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="request-letterhead">
    <fo:table xsl:use-attribute-sets="letterhead" table-layout="fixed" width="100%">
      <fo:table-column column-width="50%"/>
      <fo:table-column column-width="50%"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-end="3mm">
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
            <xsl:choose>
              <xsl:when test="normalize-space(transmission/addressee)">
                <fo:block><xsl:value-of select="transmission/addressee"/></fo:block>
                <fo:block><xsl:value-of select="requestedState/@name"/></fo:block>
              </xsl:when>
              <xsl:otherwise>
                <fo:block>
                  <xsl:call-template name="str">
                    <xsl:with-param name="key" select="'to.central-authority'"/>
                    <xsl:with-param name="p1" select="'{state}'"/>
                    <xsl:with-param name="v1" select="requestedState/@name"/>
                  </xsl:call-template>
                </fo:block>
              </xsl:otherwise>
            </xsl:choose>
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
            <xsl:if test="normalize-space(transmission/@channel)">
              <fo:block>
                <fo:inline xsl:use-attribute-sets="label">
                  <xsl:call-template name="str"><xsl:with-param name="key" select="'transmitted-through'"/></xsl:call-template>
                </fo:inline>
                <xsl:call-template name="separator"/>
                <xsl:call-template name="str"><xsl:with-param name="key" select="concat('channel.', transmission/@channel)"/></xsl:call-template>
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
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'legal-basis.reciprocity'"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="text-block"><xsl:with-param name="text" select="note"/></xsl:call-template>
    <xsl:if test="not(instrument) and not(@reciprocity = 'true') and not(normalize-space(note))">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'legal-basis.none'"/></xsl:call-template>
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
    <xsl:call-template name="text-block"><xsl:with-param name="text" select="name"/></xsl:call-template>
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
    <xsl:call-template name="text-block"><xsl:with-param name="text" select="subjectMatter"/></xsl:call-template>
  </xsl:template>

  <!-- what the requesting State says about the Convention's scope (UNTOC art. 3); only what it states -->
  <xsl:template match="scope">
    <xsl:if test="@organizedCriminalGroup != '' or @conventionOffence = 'true' or transnational">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.scope'"/></xsl:call-template>
      <xsl:if test="@organizedCriminalGroup = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'scope.organized-group'"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@organizedCriminalGroup = 'false'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'scope.no-organized-group'"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@conventionOffence = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'scope.convention-offence'"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="transnational">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'scope.transnational'"/></xsl:call-template>
        <xsl:for-each select="transnational">
          <fo:block xsl:use-attribute-sets="paragraph" start-indent="4mm">
            <xsl:text>– </xsl:text>
            <xsl:call-template name="str"><xsl:with-param name="key" select="concat('transnational.', @code)"/></xsl:call-template>
          </fo:block>
        </xsl:for-each>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template name="penalty-text">
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
  </xsl:template>

  <xsl:template match="offences">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.offences'"/></xsl:call-template>
    <xsl:if test="not(offence)"><xsl:call-template name="not-stated"/></xsl:if>
    <xsl:for-each select="offence">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold"><xsl:value-of select="position()"/>. <xsl:value-of select="name"/></fo:block>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'provision'"/><xsl:with-param name="text" select="legalProvision"/></xsl:call-template>
        <xsl:if test="normalize-space(provisionText)">
          <fo:block xsl:use-attribute-sets="paragraph" font-style="italic"><xsl:value-of select="provisionText"/></fo:block>
        </xsl:if>
        <xsl:call-template name="labelled">
          <xsl:with-param name="key" select="'maximum-penalty'"/>
          <xsl:with-param name="text"><xsl:call-template name="penalty-text"/></xsl:with-param>
        </xsl:call-template>
        <xsl:if test="maximumPenalty/@death = 'true'">
          <xsl:call-template name="statement"><xsl:with-param name="key" select="'death-penalty'"/></xsl:call-template>
        </xsl:if>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="measures">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.measures'"/></xsl:call-template>
    <xsl:if test="not(measure)"><xsl:call-template name="not-stated"/></xsl:if>
    <xsl:for-each select="measure">
      <fo:block xsl:use-attribute-sets="item">
        <fo:block font-weight="bold">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="str"><xsl:with-param name="key" select="concat('measure.', @type)"/></xsl:call-template>
        </fo:block>
        <xsl:call-template name="text-block"><xsl:with-param name="text" select="description"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'place'"/><xsl:with-param name="text" select="location"/></xsl:call-template>
        <xsl:if test="dataCategory">
          <xsl:call-template name="labelled">
            <xsl:with-param name="key" select="'data-categories'"/>
            <xsl:with-param name="text">
              <xsl:for-each select="dataCategory">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:call-template name="str"><xsl:with-param name="key" select="concat('data.', @code)"/></xsl:call-template>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'identifiers'"/><xsl:with-param name="text" select="identifiers"/></xsl:call-template>
        <xsl:if test="@preservationFirst = 'true'">
          <xsl:call-template name="statement"><xsl:with-param name="key" select="'preservation-first'"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@personConsents = 'true'">
          <xsl:call-template name="statement"><xsl:with-param name="key" select="'person-consents'"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@personConsents = 'false'">
          <xsl:call-template name="statement"><xsl:with-param name="key" select="'person-does-not-consent'"/></xsl:call-template>
        </xsl:if>
        <xsl:call-template name="labelled">
          <xsl:with-param name="key">
            <xsl:choose>
              <xsl:when test="@type = 'video-hearing'">video-reason</xsl:when>
              <xsl:otherwise>reasons</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="text" select="reason"/>
        </xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'procedure'"/><xsl:with-param name="text" select="particularProcedure"/></xsl:call-template>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <!-- one person: name and role, identification, nationalities, where they are -->
  <xsl:template match="person">
    <xsl:param name="number" select="position()"/>
    <fo:block xsl:use-attribute-sets="item">
      <fo:block font-weight="bold">
        <xsl:value-of select="$number"/>
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
      <xsl:call-template name="labelled">
        <xsl:with-param name="key" select="'nationality'"/>
        <xsl:with-param name="text">
          <xsl:for-each select="citizenOf">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:value-of select="@name"/>
          </xsl:for-each>
          <xsl:if test="normalize-space(nationality) and not(citizenOf[@code = normalize-space(current()/nationality)])">
            <xsl:if test="citizenOf"> · </xsl:if>
            <xsl:value-of select="nationality"/>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'identity-document'"/><xsl:with-param name="text" select="identityDocument"/></xsl:call-template>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'location'"/><xsl:with-param name="text" select="location"/></xsl:call-template>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="description"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="persons">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.persons'"/></xsl:call-template>
    <xsl:if test="not(person)"><xsl:call-template name="not-stated"/></xsl:if>
    <xsl:apply-templates select="person"/>
  </xsl:template>

  <!-- use in other proceedings (18(19)): the consent asked for, or else the undertaking the Convention implies -->
  <xsl:template name="further-use">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.further-use'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="furtherUse/@requested = 'true'">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'further-use.asked'"/></xsl:call-template>
        <xsl:call-template name="text-block"><xsl:with-param name="text" select="furtherUse/proceedings"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'further-use.not-asked'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="urgency">
    <xsl:if test="../@urgent = 'true' or normalize-space(deadline)">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.urgency'"/></xsl:call-template>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="reason"/></xsl:call-template>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'deadline'"/><xsl:with-param name="text" select="deadline"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="confidentiality-note">
    <xsl:if test="@confidential = 'true'">
      <fo:block xsl:use-attribute-sets="paragraph">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'confidential.note'"/></xsl:call-template>
        <xsl:if test="normalize-space(confidentiality/reason)">
          <xsl:text> </xsl:text><xsl:value-of select="confidentiality/reason"/>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="annexes">
    <xsl:if test="annex">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.annexes'"/></xsl:call-template>
      <xsl:for-each select="annex">
        <fo:block xsl:use-attribute-sets="paragraph">
          <fo:inline font-weight="bold">
            <xsl:call-template name="str">
              <xsl:with-param name="key" select="'annex'"/>
              <xsl:with-param name="p1" select="'{n}'"/>
              <xsl:with-param name="v1" select="position()"/>
            </xsl:call-template>
            <xsl:call-template name="separator"/>
          </fo:inline>
          <xsl:value-of select="title"/>
          <xsl:if test="normalize-space(description)">
            <xsl:text> — </xsl:text><xsl:value-of select="description"/>
          </xsl:if>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template match="signatory">
    <fo:block space-before="10mm" keep-together.within-page="always">
      <fo:block><xsl:value-of select="place"/><xsl:if test="normalize-space(place) and normalize-space(date)">, </xsl:if><xsl:value-of select="date"/></fo:block>
      <fo:block space-before="12mm" font-weight="bold"><xsl:value-of select="name"/></fo:block>
      <fo:block><xsl:value-of select="title"/></fo:block>
    </fo:block>
  </xsl:template>

  <!-- a warrant or judgment: who issued it, when, its reference, and what is stated about it -->
  <xsl:template name="decision">
    <xsl:param name="heading"/>
    <xsl:param name="judgment" select="false()"/>
    <xsl:call-template name="heading"><xsl:with-param name="key" select="$heading"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="normalize-space(issuedBy) or normalize-space(date) or normalize-space(reference)">
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'issued-by'"/><xsl:with-param name="text" select="issuedBy"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'date'"/><xsl:with-param name="text" select="date"/></xsl:call-template>
        <xsl:call-template name="labelled"><xsl:with-param name="key" select="'reference'"/><xsl:with-param name="text" select="reference"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="not-stated"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$judgment and @enforceable = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'judgment.enforceable'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$judgment and @inAbsentia = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'judgment.in-absentia'"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="@annexed = 'true'">
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'decision.annexed'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- the persons sought (extradition, provisional arrest), numbered on their own -->
  <xsl:template name="persons-sought">
    <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.person-sought'"/></xsl:call-template>
    <xsl:if test="not(persons/person[@role = 'person-sought'])"><xsl:call-template name="not-stated"/></xsl:if>
    <xsl:for-each select="persons/person[@role = 'person-sought']">
      <xsl:apply-templates select=".">
        <xsl:with-param name="number" select="position()"/>
      </xsl:apply-templates>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="other-persons">
    <xsl:if test="persons/person[@role != 'person-sought']">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.other-persons'"/></xsl:call-template>
      <xsl:for-each select="persons/person[@role != 'person-sought']">
        <xsl:apply-templates select=".">
          <xsl:with-param name="number" select="position()"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- the undertakings the requesting State gives (extradition, provisional arrest) -->
  <xsl:template match="assurances">
    <xsl:if test="assurance">
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.assurances'"/></xsl:call-template>
      <xsl:for-each select="assurance">
        <fo:block xsl:use-attribute-sets="item">
          <fo:block font-weight="bold">
            <xsl:value-of select="position()"/>
            <xsl:text>. </xsl:text>
            <xsl:call-template name="str"><xsl:with-param name="key" select="concat('assurance.', @type)"/></xsl:call-template>
          </fo:block>
          <xsl:call-template name="text-block"><xsl:with-param name="text" select="text"/></xsl:call-template>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
