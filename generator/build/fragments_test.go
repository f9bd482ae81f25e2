package build

import (
	"bytes"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// loopLayout is the figures table and places list of the default briefing layout written as
// {{range}} loops, the markup that figureTable and placeList write from Go.
const loopLayout = `{{with .FigureRows}}<section class="figures"><h2>Figures</h2>
<table><thead><tr><th>As written</th><th>Kind</th><th>Value</th><th>Check</th></tr></thead><tbody>
{{range .}}<tr{{if .Mismatch}} class="mismatch"{{end}}><td>{{.Text}}</td><td>{{.Kind}}</td><td>{{.Value}}</td><td>{{.Check}}</td></tr>
{{end}}</tbody></table></section>{{end}}
{{with .PlaceRows}}<section class="places"><h2>Places</h2><ul>
{{range .}}<li>{{if .URL}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}} <span class="country">{{.Country}}</span>{{if gt .Count 1}} <span class="count">×{{.Count}}</span>{{end}}</li>
{{end}}</ul></section>{{end}}`

// dotsLoop is the loop over a chart's dots that chartDots writes from Go.
const dotsLoop = `{{range .Dots}}<a href="{{.URL}}"><title>{{.Title}}</title><circle cx="{{.X}}" cy="{{.Y}}" r="3"/></a>
{{end}}`

// breadcrumbsLoop is the loop over a page's breadcrumbs that breadcrumbs writes from Go.
const breadcrumbsLoop = `{{with .Page.Breadcrumbs}}<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
{{range .}}<li><a href="{{.URL}}">{{.Title}}</a></li>{{end}}
</ol></nav>{{end}}`

// prevNextMarkup is the markup over a briefing's neighbours that prevNext writes from Go.
const prevNextMarkup = `{{if or .Prev .Next}}<nav class="prevnext" aria-label="Same operation">
{{with .Prev}}<a rel="prev" href="{{.URL}}">← {{.Title}}</a>{{end}}
{{with .Next}}<a rel="next" href="{{.URL}}">{{.Title}} →</a>{{end}}
</nav>{{end}}`

// briefingTermsMarkup is the markup over a briefing's theatres and operations that
// briefingTerms writes from Go.
const briefingTermsMarkup = `{{range .Theatres}}<a class="theatre" href="{{.URL}}">{{.Name}}</a> {{end}}{{if .InferredTheatres}}<span class="inferred" title="inferred from the places named">(inferred)</span>{{end}}
{{range .Operations}}<a class="operation" href="{{.URL}}">Operation {{.Name}}</a> {{end}}{{with .InferredOperations}}<span class="inferred" title="named in the text, not in the frontmatter">(inferred: {{join ", " .}})</span>{{end}}`

// TestFragmentsMatchLoops builds the golden site, with a briefing whose figures and places
// need escaping (and whose title, in an operation, its neighbours link to), once with the
// default layouts (figureTable, placeList, chartDots, breadcrumbs, briefingTerms, prevNext)
// and once with the same markup as template loops, minified and not, and compares every file.
func TestFragmentsMatchLoops(t *testing.T) {
	fsys := siteFS(t, "../testdata/golden/site")
	fsys["content/2017/escapes.md"] = &fstest.MapFile{Data: []byte(`---
title: "Escapes: <Tal Afar> & \"Mosul\""
date: 2017-08-20
theatres: [Iraq]
operations: [Inherent Resolve]
---
Forces cleared 1,083 square kilometers [about 500 square miles] near Tal Afar & Mosul, and
"some 2,000 fighters' positions" near Tal Afar; up to 3+ km of road in O'Hare's
grid, 40 percent of the town, near Qasr Ma'arrat, Hit and Ar Rutbah.
Tal Afar again, and Qasr Ma'arrat.
`)}
	yaml := strings.Replace(string(fsys["site.yaml"].Data), "annotate:\n", `markdown:
  typographer: false
annotate:
  customPlaces:
    - name: "Qasr Ma'arrat"
      country: IQ
      lat: 35.1
      lon: 43.2
`, 1)
	fsys["site.yaml"] = &fstest.MapFile{Data: []byte(yaml)}
	loops := fstest.MapFS{}
	for p, f := range fsys {
		loops[p] = f
	}
	briefing := string(fsys["layouts/briefing.html"].Data)
	fragments := "{{figureTable .}}\n{{placeList .}}"
	if !strings.Contains(briefing, fragments) {
		t.Fatalf("layouts/briefing.html no longer calls figureTable and placeList:\n%s", briefing)
	}
	if !strings.Contains(briefing, "{{prevNext .}}") {
		t.Fatalf("layouts/briefing.html no longer calls prevNext:\n%s", briefing)
	}
	briefing = strings.Replace(briefing, "{{prevNext .}}", prevNextMarkup, 1)
	if !strings.Contains(briefing, "{{briefingTerms .}}") {
		t.Fatalf("layouts/briefing.html no longer calls briefingTerms:\n%s", briefing)
	}
	briefing = strings.Replace(briefing, "{{briefingTerms .}}", briefingTermsMarkup, 1)
	loops["layouts/briefing.html"] = &fstest.MapFile{Data: []byte(strings.Replace(briefing, fragments, loopLayout, 1))}
	timeline := string(fsys["layouts/partials/timeline.html"].Data)
	if !strings.Contains(timeline, "{{chartDots .}}") {
		t.Fatalf("layouts/partials/timeline.html no longer calls chartDots:\n%s", timeline)
	}
	loops["layouts/partials/timeline.html"] = &fstest.MapFile{Data: []byte(strings.Replace(timeline, "{{chartDots .}}", dotsLoop, 1))}
	crumbs := string(fsys["layouts/partials/breadcrumbs.html"].Data)
	if !strings.Contains(crumbs, "{{breadcrumbs .Page.Breadcrumbs}}") {
		t.Fatalf("layouts/partials/breadcrumbs.html no longer calls breadcrumbs:\n%s", crumbs)
	}
	loops["layouts/partials/breadcrumbs.html"] = &fstest.MapFile{Data: []byte(strings.Replace(crumbs, "{{breadcrumbs .Page.Breadcrumbs}}", breadcrumbsLoop, 1))}
	for _, minify := range []bool{false, true} {
		build := func(fs fstest.MapFS) map[string][]byte {
			dest := filepath.Join(t.TempDir(), "public")
			if _, err := buildInto(t, fs, dest, func(o *Options) { o.Minify = &minify }); err != nil {
				t.Fatal(err)
			}
			return readTree(t, dest)
		}
		got, want := build(fsys), build(loops)
		var paths []string
		for p := range want {
			paths = append(paths, p)
		}
		sort.Strings(paths)
		tables, dots, navs, neighbours := 0, 0, 0, 0
		for _, p := range paths {
			if !bytes.Equal(got[p], want[p]) {
				t.Errorf("minify %v: %s differs between fragments and loops:\n%s", minify, p, firstDiff(got[p], want[p]))
			}
			if bytes.Contains(got[p], []byte("Figures</h2>")) && bytes.Contains(got[p], []byte("Places</h2>")) {
				tables++
			}
			dots += bytes.Count(got[p], []byte(`r="3"/></a>`))
			neighbours += bytes.Count(got[p], []byte(`Escapes: &lt;Tal Afar&gt; &amp; &#34;Mosul&#34;</a>`)) + bytes.Count(got[p], []byte(`Escapes: &lt;Tal Afar&gt; &amp; &#34;Mosul&#34; →</a>`))
			navs += bytes.Count(got[p], []byte(`aria-label=Breadcrumbs><ol><li><a href="`)) + bytes.Count(got[p], []byte(`aria-label="Breadcrumbs"><ol>`))
		}
		if len(got) != len(want) {
			t.Errorf("minify %v: %d files with fragments, %d with loops", minify, len(got), len(want))
		}
		if dots < 20 {
			t.Errorf("minify %v: only %d chart dots", minify, dots)
		}
		if navs < 20 {
			t.Errorf("minify %v: only %d pages show breadcrumbs", minify, navs)
		}
		if neighbours < 1 {
			t.Errorf("minify %v: no page links to the escapes page as its neighbour", minify)
		}
		if tables < 4 {
			t.Errorf("minify %v: only %d pages show both a figures table and a places list", minify, tables)
		}
		esc := got["briefings/2017/08/escapes-tal-afar-mosul/index.html"]
		for _, s := range []string{"&amp;", "&#39;", `<tr class="mismatch">`} {
			if !bytes.Contains(esc, []byte(s)) {
				t.Errorf("minify %v: the escapes page lacks %q", minify, s)
			}
		}
	}
}
