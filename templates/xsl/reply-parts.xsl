<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sections that the central authority's replies share (acknowledgement, request for additional information,
  notices of refusal and postponement): the letterhead from the requested State's central authority to the
  requesting authority, the references table, the officer's signature. Context: the <part>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template name="reply-letterhead">
    <fo:table xsl:use-attribute-sets="letterhead" table-layout="fixed" width="100%">
      <fo:table-column column-width="50%"/>
      <fo:table-column column-width="50%"/>
      <fo:table-body>
        <fo:table-row>
          <fo:table-cell padding-end="3mm">
            <fo:block xsl:use-attribute-sets="label">
              <xsl:call-template name="str"><xsl:with-param name="key" select="'from'"/></xsl:call-template>
            </fo:block>
            <fo:block>
              <xsl:call-template name="str">
                <xsl:with-param name="key" select="'to.central-authority'"/>
                <xsl:with-param name="p1" select="'{state}'"/>
                <xsl:with-param name="v1" select="request/requestedState/@name"/>
              </xsl:call-template>
            </fo:block>
          </fo:table-cell>
          <fo:table-cell>
            <fo:block xsl:use-attribute-sets="label">
              <xsl:call-template name="str"><xsl:with-param name="key" select="'to'"/></xsl:call-template>
            </fo:block>
            <xsl:choose>
              <xsl:when test="normalize-space(request/requestingAuthority/name)">
                <fo:block><xsl:value-of select="request/requestingAuthority/name"/></fo:block>
                <fo:block linefeed-treatment="preserve"><xsl:value-of select="request/requestingAuthority/address"/></fo:block>
                <fo:block><xsl:value-of select="request/requestingState/@name"/></fo:block>
              </xsl:when>
              <xsl:otherwise>
                <fo:block>
                  <xsl:call-template name="str">
                    <xsl:with-param name="key" select="'to.competent-authorities'"/>
                    <xsl:with-param name="p1" select="'{state}'"/>
                    <xsl:with-param name="v1" select="request/requestingState/@name"/>
                  </xsl:call-template>
                </fo:block>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="normalize-space(date)">
              <fo:block space-before="2mm">
                <fo:inline xsl:use-attribute-sets="label">
                  <xsl:call-template name="str"><xsl:with-param name="key" select="'date'"/></xsl:call-template>
                </fo:inline>
                <xsl:call-template name="separator"/><xsl:value-of select="date"/>
              </fo:block>
            </xsl:if>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="reference-row">
    <xsl:param name="key"/>
    <xsl:param name="text"/>
    <xsl:if test="normalize-space($text)">
      <fo:table-row>
        <fo:table-cell xsl:use-attribute-sets="head-cell">
          <fo:block><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></fo:block>
        </fo:table-cell>
        <fo:table-cell xsl:use-attribute-sets="cell">
          <fo:block><xsl:value-of select="$text"/></fo:block>
        </fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

  <!-- our register number, the date of receipt, their reference, the requesting authority, the request -->
  <xsl:template name="references">
    <fo:table xsl:use-attribute-sets="table">
      <fo:table-column column-width="30%"/>
      <fo:table-column column-width="70%"/>
      <fo:table-body>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'our-register-number'"/><xsl:with-param name="text" select="reply/registerNumber"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'received-on'"/><xsl:with-param name="text" select="reply/receivedOn"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'your-reference'"/><xsl:with-param name="text" select="reply/theirReference"/></xsl:call-template>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'requesting-authority'"/>
          <xsl:with-param name="text">
            <xsl:value-of select="request/requestingAuthority/name"/>
            <xsl:if test="normalize-space(request/requestingAuthority/name)">, </xsl:if>
            <xsl:value-of select="request/requestingState/@name"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'request-type'"/>
          <xsl:with-param name="text">
            <xsl:if test="normalize-space(request/@type)">
              <xsl:call-template name="str"><xsl:with-param name="key" select="concat('request-type.', request/@type)"/></xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="reference-row">
          <xsl:with-param name="key" select="'subject'"/>
          <xsl:with-param name="text">
            <xsl:choose>
              <xsl:when test="normalize-space(request/title)"><xsl:value-of select="request/title"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="request/proceedings/subjectMatter"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'officer'"/><xsl:with-param name="text" select="reply/officer"/></xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="reply-signature">
    <fo:block space-before="10mm" keep-together.within-page="always">
      <fo:block space-before="10mm" font-weight="bold"><xsl:value-of select="reply/officer"/></fo:block>
      <fo:block>
        <xsl:call-template name="str">
          <xsl:with-param name="key" select="'to.central-authority'"/>
          <xsl:with-param name="p1" select="'{state}'"/>
          <xsl:with-param name="v1" select="request/requestedState/@name"/>
        </xsl:call-template>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- the central authority of the requested State, for phrases with {state} -->
  <xsl:template name="our-state">
    <xsl:value-of select="request/requestedState/@name"/>
  </xsl:template>
</xsl:stylesheet>
