<?xml version="1.0" encoding="UTF-8"?>
<!--
  Structure of the results of a training session, the trainer's record: the session, its scenarios, one row per
  trainee and exercise (status, score, rubric items met, time of submission) and a summary per scenario.
  common.xsl marks every page TRAINING (the renderer always sets the parameter for this document).

  Input (TrainingResultsXml in mla-api), in common.xsl's frame without request, attachment or fingerprint:
    <document kind="training-results" titleKey reference="{session code}" …>
      <part n="1" lang other="">
        <session code trainees> <title/> <trainer/> <produced/> </session>
        <scenarios> <scenario id maxScore rubricItems started submitted> <title/> [<median/>] </scenario>… </scenarios>
        <results> <result scenario submitted> <trainee/> <scenarioTitle/> [<score points max percent/>] [<items/>] [<submittedAt/>] </result>… </results>
      </part>
    </document>
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:import href="attrs/basic-settings.xsl"/>
  <xsl:import href="attrs/letter-attr.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="reply-parts.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- the trainer made the record; there is no requesting authority to name -->
  <xsl:template name="author">
    <xsl:value-of select="session/trainer"/>
  </xsl:template>

  <xsl:template match="part" mode="body">
    <xsl:call-template name="document-title"/>
    <fo:table xsl:use-attribute-sets="table">
      <fo:table-column column-width="30%"/>
      <fo:table-column column-width="70%"/>
      <fo:table-body>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'training-results.session'"/><xsl:with-param name="text" select="session/title"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'training-results.code'"/><xsl:with-param name="text" select="session/@code"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'training-results.trainer'"/><xsl:with-param name="text" select="session/trainer"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'training-results.produced'"/><xsl:with-param name="text" select="session/produced"/></xsl:call-template>
        <xsl:call-template name="reference-row"><xsl:with-param name="key" select="'training-results.trainees'"/><xsl:with-param name="text" select="session/@trainees"/></xsl:call-template>
      </fo:table-body>
    </fo:table>
    <xsl:call-template name="statement"><xsl:with-param name="key" select="'training-results.intro'"/></xsl:call-template>

    <xsl:call-template name="heading"><xsl:with-param name="key" select="'training-results.section.scenarios'"/></xsl:call-template>
    <fo:table xsl:use-attribute-sets="data-table">
      <fo:table-column column-width="72%"/>
      <fo:table-column column-width="28%"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.scenario'"/></xsl:call-template>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.rubric'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="scenarios/scenario">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block font-weight="bold"><xsl:value-of select="title"/></fo:block>
              <fo:block xsl:use-attribute-sets="small"><fo:inline font-family="DejaVu Sans"><xsl:value-of select="@id"/></fo:inline></fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block>
                <xsl:call-template name="str">
                  <xsl:with-param name="key" select="'training-results.rubric.value'"/>
                  <xsl:with-param name="p1" select="'{items}'"/>
                  <xsl:with-param name="v1" select="@rubricItems"/>
                  <xsl:with-param name="p2" select="'{points}'"/>
                  <xsl:with-param name="v2" select="@maxScore"/>
                </xsl:call-template>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>

    <xsl:call-template name="heading"><xsl:with-param name="key" select="'training-results.section.results'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="not(results/result)">
        <xsl:call-template name="statement"><xsl:with-param name="key" select="'training-results.none'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <fo:table xsl:use-attribute-sets="data-table">
          <fo:table-column column-width="20%"/>
          <fo:table-column column-width="25%"/>
          <fo:table-column column-width="12%"/>
          <fo:table-column column-width="17%"/>
          <fo:table-column column-width="10%"/>
          <fo:table-column column-width="16%"/>
          <!-- the header repeats on every page the table runs over -->
          <fo:table-header>
            <fo:table-row>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.trainee'"/></xsl:call-template>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.scenario'"/></xsl:call-template>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.status'"/></xsl:call-template>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.score'"/></xsl:call-template>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.items'"/></xsl:call-template>
              <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.submitted-at'"/></xsl:call-template>
            </fo:table-row>
          </fo:table-header>
          <fo:table-body>
            <xsl:for-each select="results/result">
              <fo:table-row keep-together.within-page="always">
                <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="trainee"/></fo:block></fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="scenarioTitle"/></fo:block></fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block>
                    <xsl:call-template name="str">
                      <xsl:with-param name="key">
                        <xsl:choose>
                          <xsl:when test="@submitted = 'true'">training-results.status.submitted</xsl:when>
                          <xsl:otherwise>training-results.status.started</xsl:otherwise>
                        </xsl:choose>
                      </xsl:with-param>
                    </xsl:call-template>
                  </fo:block>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="cell">
                  <fo:block>
                    <xsl:choose>
                      <xsl:when test="score">
                        <xsl:call-template name="left-to-right">
                          <xsl:with-param name="text">
                            <xsl:call-template name="str">
                              <xsl:with-param name="key" select="'training-results.score.value'"/>
                              <xsl:with-param name="p1" select="'{score}'"/>
                              <xsl:with-param name="v1" select="score/@points"/>
                              <xsl:with-param name="p2" select="'{max}'"/>
                              <xsl:with-param name="v2" select="score/@max"/>
                              <xsl:with-param name="p3" select="'{percent}'"/>
                              <xsl:with-param name="v3" select="score/@percent"/>
                            </xsl:call-template>
                          </xsl:with-param>
                        </xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise><xsl:call-template name="dash"/></xsl:otherwise>
                    </xsl:choose>
                  </fo:block>
                </fo:table-cell>
                <xsl:call-template name="value-cell"><xsl:with-param name="text" select="items"/></xsl:call-template>
                <xsl:call-template name="value-cell"><xsl:with-param name="text" select="submittedAt"/></xsl:call-template>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="heading"><xsl:with-param name="key" select="'training-results.section.summary'"/></xsl:call-template>
    <fo:table xsl:use-attribute-sets="data-table">
      <fo:table-column column-width="52%"/>
      <fo:table-column column-width="14%"/>
      <fo:table-column column-width="14%"/>
      <fo:table-column column-width="20%"/>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.scenario'"/></xsl:call-template>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.started'"/></xsl:call-template>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.submitted'"/></xsl:call-template>
          <xsl:call-template name="head"><xsl:with-param name="key" select="'training-results.col.median'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="scenarios/scenario">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="title"/></fo:block></fo:table-cell>
            <xsl:call-template name="value-cell"><xsl:with-param name="text" select="@started"/></xsl:call-template>
            <xsl:call-template name="value-cell"><xsl:with-param name="text" select="@submitted"/></xsl:call-template>
            <xsl:call-template name="value-cell"><xsl:with-param name="text" select="median"/></xsl:call-template>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- a column heading, in the language of the part -->
  <xsl:template name="head">
    <xsl:param name="key"/>
    <fo:table-cell xsl:use-attribute-sets="head-cell">
      <fo:block><xsl:call-template name="str"><xsl:with-param name="key" select="$key"/></xsl:call-template></fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- a cell with a value, or a dash where there is none yet (an exercise not submitted, a scenario nobody did) -->
  <xsl:template name="value-cell">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="cell">
      <fo:block>
        <xsl:choose>
          <xsl:when test="normalize-space($text)"><xsl:value-of select="$text"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="dash"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!--
    A score such as "12 / 12 (100 %)" read left to right in a right-to-left part too, by an explicit embedding
    (LRE ... PDF), as the renderer does for dates: without it the bidi algorithm moves the brackets and the percent
    sign to the wrong ends of the numbers.
  -->
  <xsl:template name="left-to-right">
    <xsl:param name="text"/>
    <xsl:variable name="mode"><xsl:call-template name="writing-mode"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$mode = 'rl-tb'"><xsl:value-of select="concat('&#x202A;', $text, '&#x202C;')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="dash">
    <xsl:text>—</xsl:text>
  </xsl:template>
</xsl:stylesheet>
