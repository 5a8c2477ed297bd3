<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of a request for provisional arrest pending a request for extradition (UN Model Treaty on Extradition
  art. 9): the urgency, the person sought, the warrant or judgment, the offence and its penalty, a concise
  statement of the facts, the undertaking that a request for extradition will follow, and the channel.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="request-parts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="part" mode="body">
    <xsl:for-each select="request">
      <!-- provisional arrest is urgent by nature (art. 9(1)): the marking is printed whatever the request says -->
      <fo:block xsl:use-attribute-sets="marking">
        <xsl:call-template name="str"><xsl:with-param name="key" select="'urgent'"/></xsl:call-template>
      </fo:block>
      <xsl:call-template name="request-letterhead"/>
      <xsl:call-template name="document-title"/>
      <xsl:call-template name="statement"><xsl:with-param name="key" select="'provisional-arrest.intro'"/></xsl:call-template>
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.urgency'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="normalize-space(urgency/reason)">
          <xsl:call-template name="text-block"><xsl:with-param name="text" select="urgency/reason"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="not-stated"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'deadline'"/><xsl:with-param name="text" select="urgency/deadline"/></xsl:call-template>
      <xsl:apply-templates select="legalBasis"/>
      <xsl:apply-templates select="requestingAuthority"/>
      <xsl:call-template name="persons-sought"/>
      <xsl:for-each select="extradition/warrant">
        <xsl:call-template name="decision"><xsl:with-param name="heading" select="'section.warrant'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="extradition/judgment">
        <xsl:call-template name="decision">
          <xsl:with-param name="heading" select="'section.judgment'"/>
          <xsl:with-param name="judgment" select="true()"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="not(extradition/warrant) and not(extradition/judgment)">
        <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.warrant'"/></xsl:call-template>
        <xsl:call-template name="not-stated"/>
      </xsl:if>
      <xsl:apply-templates select="offences"/>
      <xsl:call-template name="text-section">
        <xsl:with-param name="key" select="'section.facts'"/>
        <xsl:with-param name="text" select="facts"/>
      </xsl:call-template>
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.undertaking'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="provisionalArrest/@undertaking = 'true'">
          <xsl:call-template name="statement"><xsl:with-param name="key" select="'provisional-arrest.undertaking'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <fo:block xsl:use-attribute-sets="paragraph" font-style="italic">
            <xsl:call-template name="str"><xsl:with-param name="key" select="'provisional-arrest.no-undertaking'"/></xsl:call-template>
          </fo:block>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="labelled"><xsl:with-param name="key" select="'arrested-on'"/><xsl:with-param name="text" select="provisionalArrest/arrestedOn"/></xsl:call-template>
      <xsl:call-template name="text-block"><xsl:with-param name="text" select="provisionalArrest/note"/></xsl:call-template>
      <xsl:call-template name="heading"><xsl:with-param name="key" select="'section.channel'"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="normalize-space(transmission/@channel)">
          <xsl:call-template name="statement">
            <xsl:with-param name="key" select="'provisional-arrest.channel'"/>
            <xsl:with-param name="p1" select="'{channel}'"/>
            <xsl:with-param name="v1">
              <xsl:call-template name="str"><xsl:with-param name="key" select="concat('channel.', transmission/@channel)"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="not-stated"/></xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="extradition/assurances"/>
      <xsl:call-template name="other-persons"/>
      <xsl:call-template name="confidentiality-note"/>
      <xsl:apply-templates select="annexes"/>
      <xsl:apply-templates select="signatory"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
