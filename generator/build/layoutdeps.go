package build

import (
	"regexp"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/render"
)

// deps is what the layouts of one page kind read beyond the page itself.
type deps struct {
	siteBriefings bool // .Site.Briefings (not only its length)
	siteTerms     bool // .Site.Theatres, .Operations, .Places, .Years, .Taxonomies
	siteCounts    bool // len .Site.X
	generated     bool // .Site.Generated
	search        bool // searchIndex .Site
	annotations   bool // annotations .Site
	everything    bool // .Site.Pages, or .Site handed on as a whole
	itemsFull     bool // a listed briefing's body, content, word count
	termMembers   bool // a term's .Briefings, beyond its length
	termRelated   bool // related terms, nearby places, months, maps on every page of a term
	// termRelatedFirst: those on the first page of a term only (a map, the related list)
	termRelatedFirst bool
	termLD           bool // termLD: a term's most-mentioned places (render.LDPlaces)
	mentions         bool // a place's .Mentions on every page of a term
	mentionsFirst    bool // a place's .Mentions on the first page of a term only
	timeline         bool // .Timeline on every page of a term
	timelineFirst    bool // .Timeline on the first page of a term only
	items            bool // list items through partials/briefing-item.html
}

var (
	reSiteBriefings  = regexp.MustCompile(`\.Site\.Briefings\b`)
	reLenSite        = regexp.MustCompile(`len\s+\$?\.Site\.(Briefings|Theatres|Operations|Places|Years|Taxonomies)\b`)
	reSiteTerms      = regexp.MustCompile(`\.Site\.(Theatres|Operations|Places|Years|Taxonomies)\b`)
	reSiteGenerated  = regexp.MustCompile(`\.Site\.Generated\b`)
	reSearchIndex    = regexp.MustCompile(`searchIndex\s+\$?\.Site\b`)
	reAnnotations    = regexp.MustCompile(`annotations\s+\$?\.Site\b`)
	reSiteAll        = regexp.MustCompile(`\.Site\.Pages\b|\.Site(?:[^.\w]|$)`)
	reItemsFull      = regexp.MustCompile(`\.(Content|Body|BodyLine|WordCount|TitlePos|SlugPos|Figures|FigureCount|PackedFigures|FigureRows|PlaceRows)\b|\.(Prev|Next)\.(\w+)|\b(figureTable|placeList)\b`)
	reTermBriefings  = regexp.MustCompile(`(?:len|if|else\s+if|and|or|not)\s+\.Briefings\b|\.Site\.Briefings\b`)
	reBriefings      = regexp.MustCompile(`\.Briefings\b`)
	reTermRelated    = regexp.MustCompile(`\.(Theatres|Operations|Places|Nearby|Months|MapCountries)\b|\bmapOf\b`)
	reTermLD         = regexp.MustCompile(`\btermLD\b`)
	reTimeline       = regexp.MustCompile(`\.Timeline\b`)
	reItemPartial    = regexp.MustCompile(`\bbriefingItems?\b|"briefing-item\.html"`)
	reTemplateCall   = regexp.MustCompile(`\{\{-?\s*template\s+("[^"]*"|\S+)`)
	reAction         = regexp.MustCompile(`\{\{-?\s*(/\*.*?\*/|[^}]*?)\s*-?\}\}`)
	reFirstPageBlock = regexp.MustCompile(`^if\s+eq\s+\$?\.Paginator\.Number\s+1$`)
	reMentions       = regexp.MustCompile(`\.Mentions\b`)
)

// summaryOK are the fields of a neighbour (.Prev, .Next) a list item may show without
// reading the neighbour's whole file.
var summaryOK = map[string]bool{"URL": true, "Title": true, "Date": true, "Permalink": true, "Slug": true}

// kindDeps reads the layouts of each page kind: for an HTML kind, base.html, the kind's
// file and the partials they call (briefing-item.html when briefingItem is called); for a
// text kind, its file alone. A kind without a file of its own is read against every layout.
func kindDeps(text map[string]string) map[string]deps {
	var every strings.Builder
	for _, t := range text {
		every.WriteString(t)
		every.WriteByte('\n')
	}
	out := map[string]deps{"": depsOf(every.String(), every.String())}
	for _, kind := range render.Kinds {
		own, ok := text[kind+".html"]
		if !ok {
			continue
		}
		full := withPartials(text, text["base.html"]+"\n"+own, true)
		rest := withPartials(text, text["base.html"]+"\n"+stripFirstPage(own), true)
		d := depsOf(full, rest)
		// What a term page shows of its term's related terms, read without the list item
		// partial when only briefingItem calls it: there the dot is a listed briefing, whose
		// .Theatres and .Operations are in the item's key.
		fullTerm := withPartials(text, text["base.html"]+"\n"+own, false)
		restTerm := withPartials(text, text["base.html"]+"\n"+stripFirstPage(own), false)
		d.termRelated = reTermRelated.MatchString(restTerm)
		d.termRelatedFirst = !d.termRelated && reTermRelated.MatchString(fullTerm)
		out[kind] = d
	}
	for kind, name := range render.TextKinds {
		if own, ok := text[name]; ok {
			out[kind] = depsOf(own, own)
		}
	}
	return out
}

// withPartials returns t with the text of every partial it calls, transitively; a call of
// a name that is not a partial file adds every partial. With itemFunc, a briefingItem call
// counts as a call of briefing-item.html.
func withPartials(text map[string]string, t string, itemFunc bool) string {
	var b strings.Builder
	b.WriteString(t)
	seen := map[string]bool{}
	queue := []string{t}
	add := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		if p, ok := text["partials/"+name]; ok {
			b.WriteByte('\n')
			b.WriteString(p)
			queue = append(queue, p)
		}
	}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, m := range reTemplateCall.FindAllStringSubmatch(cur, -1) {
			if strings.HasPrefix(m[1], `"`) {
				add(strings.Trim(m[1], `"`))
			} else { // a computed name: any partial
				for p := range text {
					if strings.HasPrefix(p, "partials/") {
						add(strings.TrimPrefix(p, "partials/"))
					}
				}
			}
		}
		if itemFunc && strings.Contains(cur, "briefingItem") {
			add("briefing-item.html")
		}
	}
	return b.String()
}

// stripFirstPage removes the blocks {{if eq .Paginator.Number 1}} … {{end}} (with their
// {{else}} branches, which are kept) from a layout's text.
func stripFirstPage(t string) string {
	var b strings.Builder
	depth, skipFrom := 0, -1 // skipFrom: the depth of the open first-page block
	last := 0
	for _, m := range reAction.FindAllStringSubmatchIndex(t, -1) {
		action := strings.TrimSpace(t[m[2]:m[3]])
		word := action
		if i := strings.IndexAny(word, " \t\n"); i >= 0 {
			word = word[:i]
		}
		switch word {
		case "if", "with", "range", "block", "define":
			if skipFrom < 0 && reFirstPageBlock.MatchString(action) {
				b.WriteString(t[last:m[0]])
				skipFrom = depth
			}
			depth++
		case "else":
			if skipFrom == depth-1 { // the else branch is shown on the other pages
				last = m[1]
				skipFrom = -2 - skipFrom // keep the depth, stop skipping
			}
		case "end":
			depth--
			if skipFrom == depth {
				last = m[1]
				skipFrom = -1
			} else if skipFrom <= -2 && -2-skipFrom == depth {
				skipFrom = -1
			}
		}
	}
	if skipFrom < 0 {
		b.WriteString(t[last:])
	}
	return b.String()
}

// depsOf reads one kind's text: full is everything its pages execute; rest is what they
// execute beyond page 1 of a term.
func depsOf(full, rest string) deps {
	t := reSearchIndex.ReplaceAllString(full, "searchIndex")
	t = reAnnotations.ReplaceAllString(t, "annotations")
	d := deps{
		annotations: reAnnotations.MatchString(full),
		siteCounts:  reLenSite.MatchString(t),
		generated:   reSiteGenerated.MatchString(t),
		search:      reSearchIndex.MatchString(full),
		everything:  reSiteAll.MatchString(t),
		termRelated: reTermRelated.MatchString(t),
		termLD:      reTermLD.MatchString(t),
		mentions:    reMentions.MatchString(rest),
		timeline:    reTimeline.MatchString(rest),
		items:       reItemPartial.MatchString(full),
	}
	noLen := reLenSite.ReplaceAllString(t, "")
	d.siteBriefings = reSiteBriefings.MatchString(noLen)
	d.siteTerms = reSiteTerms.MatchString(noLen)
	d.timelineFirst = !d.timeline && reTimeline.MatchString(t)
	d.mentionsFirst = !d.mentions && reMentions.MatchString(t)
	d.termMembers = reBriefings.MatchString(reTermBriefings.ReplaceAllString(t, ""))
	for _, m := range reItemsFull.FindAllStringSubmatch(t, -1) {
		if m[1] != "" || !summaryOK[m[3]] {
			d.itemsFull = true
		}
	}
	return d
}
