package render

import (
	"bytes"
	"html/template"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// TestFragmentEscaping checks that fragments escape text and link targets exactly as
// html/template does in the same places.
func TestFragmentEscaping(t *testing.T) {
	ref := template.Must(template.New("").Parse(`<td>{{.}}</td><a href="{{.}}">`))
	cases := []string{"", "Raqqa", "O'Brien & Sons", `"quoted" <b>`, "3+4", "nul\x00byte", "✗ 100 km2 is 38.61 mi2",
		"/archive/places/raqqah/", "/a b/", "https://example.org/x?y=1&z=2", "javascript:alert(1)", "/caf\u00e9/",
		"/100%/", "mailto:a@b.c", "//host/path", "\xff\xfe", "#frag", "/a'b(c)/"}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ09-._~/:?#&=+%'\"<> \x00é✓\xff"
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		var want bytes.Buffer
		if err := ref.Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		var w fragmentWriter
		w.WriteString("<td>")
		w.text(s)
		w.WriteString(`</td><a href="`)
		w.url(s)
		w.WriteString(`">`)
		if w.String() != want.String() {
			t.Errorf("%q:\ngot  %s\nwant %s", s, w.String(), want.String())
		}
	}
}

// TestFragmentFloat: numbers come out as html/template writes them in an attribute.
func TestFragmentFloat(t *testing.T) {
	attr := template.Must(template.New("x").Parse(`<circle cx="{{.}}">`))
	for _, f := range []float64{0, math.Copysign(0, -1), 56, 191.3, -12.5, 1e6, 1e21, 123456789, 1e-7, 0.1 + 0.2, math.NaN(), math.Inf(1), math.Inf(-1)} {
		var want strings.Builder
		if err := attr.Execute(&want, f); err != nil {
			t.Fatal(err)
		}
		var w fragmentWriter
		w.WriteString(`<circle cx="`)
		w.float(f)
		w.WriteString(`">`)
		if w.String() != want.String() {
			t.Errorf("%v: %s, want %s", f, w.String(), want.String())
		}
	}
}

// breadcrumbsLoop is the loop that breadcrumbs writes from Go.
const breadcrumbsLoop = `{{with .}}<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
{{range .}}<li><a href="{{.URL}}">{{.Title}}</a></li>{{end}}
</ol></nav>{{end}}`

// TestBreadcrumbsMatchLoop: breadcrumbs writes what the loop writes, hostile titles and
// URLs included.
func TestBreadcrumbsMatchLoop(t *testing.T) {
	loop := template.Must(template.New("b").Parse(breadcrumbsLoop))
	cases := [][]site.Link{
		nil,
		{},
		{{Title: "Home", URL: "/archive/"}},
		{{Title: "Home", URL: "/"}, {Title: "Theatres", URL: "/theatres/"}, {Title: "Iraq & Syria", URL: "/theatres/iraq-syria/"}},
		{{Title: `"Quoted" <b>O'Brien</b> + 3`, URL: `/a"b/<c>/`}, {Title: "Dayr az Zawr – déjà", URL: "/café/déjà/"}},
		{{Title: "x", URL: "javascript:alert(1)"}, {Title: "nul\x00", URL: "https://example.org/?q=1&r='2'"}, {Title: "\xff", URL: "/100%/ x"}},
	}
	tmpl := &Templates{}
	for _, links := range cases {
		var want strings.Builder
		if err := loop.Execute(&want, links); err != nil {
			t.Fatal(err)
		}
		if got := string(tmpl.breadcrumbs(links)); got != want.String() {
			t.Errorf("%q:\ngot  %s\nwant %s", links, got, want.String())
		}
	}
}

// prevNextMarkup is the markup that prevNext writes from Go.
const prevNextMarkup = `{{if or .Prev .Next}}<nav class="prevnext" aria-label="Same operation">
{{with .Prev}}<a rel="prev" href="{{.URL}}">← {{.Title}}</a>{{end}}
{{with .Next}}<a rel="next" href="{{.URL}}">{{.Title}} →</a>{{end}}
</nav>{{end}}`

// TestPrevNextMatchesMarkup: prevNext writes what the markup writes, hostile titles and URLs
// included.
func TestPrevNextMatchesMarkup(t *testing.T) {
	markup := template.Must(template.New("p").Parse(prevNextMarkup))
	briefing := func(title, url string) *site.Briefing {
		return &site.Briefing{Briefing: &content.Briefing{Title: title}, URL: url}
	}
	hostile := []*site.Briefing{
		briefing("Strikes near Raqqa", "/archive/briefings/2017/10/strikes/"),
		briefing(`"Quoted" <b>O'Brien</b> & 3+4`, `/a"b/<c>/`),
		briefing("Dayr az Zawr – déjà", "/café/déjà/"),
		briefing("nul\x00 \xff\xfe", "javascript:alert(1)"),
		briefing("", "https://example.org/?q=1&r='2'"),
		briefing("x", "/100%/ x"),
	}
	cases := []*site.Briefing{{Briefing: &content.Briefing{}}}
	for _, p := range append(hostile, nil) {
		for _, n := range append(hostile, nil) {
			cases = append(cases, &site.Briefing{Briefing: &content.Briefing{}, Prev: p, Next: n})
		}
	}
	tmpl := &Templates{}
	for _, b := range cases {
		var want strings.Builder
		if err := markup.Execute(&want, b); err != nil {
			t.Fatal(err)
		}
		if got := string(tmpl.prevNext(b)); got != want.String() {
			t.Errorf("%v, %v:\ngot  %s\nwant %s", b.Prev, b.Next, got, want.String())
		}
	}
}

// briefingTermsMarkup is the markup that briefingTerms writes from Go.
const briefingTermsMarkup = `{{range .Theatres}}<a class="theatre" href="{{.URL}}">{{.Name}}</a> {{end}}{{if .InferredTheatres}}<span class="inferred" title="inferred from the places named">(inferred)</span>{{end}}
{{range .Operations}}<a class="operation" href="{{.URL}}">Operation {{.Name}}</a> {{end}}{{with .InferredOperations}}<span class="inferred" title="named in the text, not in the frontmatter">(inferred: {{join ", " .}})</span>{{end}}`

// TestBriefingTermsMatchesMarkup: briefingTerms writes what the markup writes, hostile names
// and URLs included.
func TestBriefingTermsMatchesMarkup(t *testing.T) {
	markup := template.Must(template.New("t").Funcs(Funcs("/", "https://example.org/")).Parse(briefingTermsMarkup))
	terms := []*site.Term{
		{Name: "Iraq", URL: "/archive/theatres/iraq/"},
		{Name: `"Quoted" <b>O'Brien</b> & 3+4`, URL: `/a"b/<c>/`},
		{Name: "Dayr az Zawr – déjà", URL: "/café/déjà/"},
		{Name: "nul\x00 \xff\xfe", URL: "javascript:alert(1)"},
		{Name: "", URL: "https://example.org/?q=1&r='2'"},
		{Name: "x", URL: "/100%/ x"},
	}
	inferred := [][]string{nil, {}, {"Inherent Resolve"}, {"Freedom's Sentinel", `<script>"x"</script> & +`, "\xff", "déjà"}}
	var cases []*site.Briefing
	for i := range len(terms) + 1 {
		for j := range len(terms) + 1 {
			for k, ops := range inferred {
				cases = append(cases, &site.Briefing{Briefing: &content.Briefing{},
					Theatres: terms[:i], Operations: terms[len(terms)-j:], InferredTheatres: k%2 == 1, InferredOperations: ops})
			}
		}
	}
	tmpl := &Templates{}
	for _, b := range cases {
		var want strings.Builder
		if err := markup.Execute(&want, b); err != nil {
			t.Fatal(err)
		}
		if got := string(tmpl.briefingTerms(b)); got != want.String() {
			t.Errorf("%d theatres, %d operations, %q:\ngot  %s\nwant %s", len(b.Theatres), len(b.Operations), b.InferredOperations, got, want.String())
		}
	}
}
