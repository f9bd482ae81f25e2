package render

import (
	"html/template"
	"math"
	"math/rand"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// fusedContexts are markup in which html/template ends an action with each fused run of
// escapers, and the text around the action.
var fusedContexts = map[string][3]string{
	"htmlescaper":                         {"<p>", "{{.}}", "</p>"},
	"attrescaper":                         {`<p title="`, "{{.}}", `">`},
	"rcdataescaper":                       {"<title>", "{{.}}", "</title>"},
	"jsvalescaper":                        {"<script>", "{{.}}", "</script>"},
	"urlfilter|urlnormalizer|attrescaper": {`<a href="`, "{{.}}", `">`},
}

// plainNamed is a string type without methods, which fmt prints as its string;
// stringerNamed one that fmt prints with its String method.
type (
	plainNamed    string
	stringerNamed string
)

func (s stringerNamed) String() string { return "S:" + string(s) }

// escapeValues are values a layout may print: every kind the fast paths take and many they
// leave to the escapers themselves.
func escapeValues() []any {
	s := "text"
	vals := []any{
		"", "plain", "Mosul", "a<b>&\"'+c", "\x00", "ünïcödé — ✓", "\xff\xfe", "l'Ouest", "1+1",
		"https://example.org/archive/x/", "http://example.org/a-b_c.d~e/", "HTTPS://EXAMPLE.ORG/",
		"https://example.org/a b", "javascript:alert(1)", "mailto:x@example.org", "ftp://x/",
		"/archive/briefings/2017/10/x/", "/a b?c=d&e=f#g", "%41%zz", "//example.org/x", "https:",
		"a\tb\nc", "<script>", "&amp;", "\u2028\u2029",
		0, -5, 12345, int64(7), 1.5, 1e21, -0.25, 1e-7, 123456789.125, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), float32(2.5), true,
		template.HTML("<b>bold</b> &amp; <i>x</i>"), template.HTML(""), template.JS(`{"a":1,"b":"<\/script>"}`),
		template.JS(""), template.URL("javascript:ok()"), template.HTMLAttr(`a="b"`), template.CSS("a{}"),
		template.JSStr("x"), template.Srcset("a.png 1x"),
		plainNamed("a<b"), plainNamed("x"), stringerNamed("<s>"), figure.Kind("count"), figure.Kind("a&b"),
		nil, (*string)(nil), &s, []string{"a", "<b>"}, (*site.Term)(nil), struct{ A string }{"<"},
	}
	r := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "Z", "0", "/", ":", "-", ".", "_", "~", " ", "<", ">", "&", "\"", "'", "+", "\x00", "%", "#", "?", "=", "é", "\xff", "http", "https://", "javascript:"}
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.Intn(12); n >= 0; n-- {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		vals = append(vals, b.String())
	}
	return vals
}

// TestFusedEscapers holds each fused escaper to html/template: for every value, it writes
// what html/template writes for the action in a context that ends it in the same escapers.
func TestFusedEscapers(t *testing.T) {
	fused, err := newFusedEscapers()
	if err != nil {
		t.Fatal(err)
	}
	if len(fused) != len(fusedContexts) {
		t.Fatalf("%d fused escapers, %d contexts to test them in", len(fused), len(fusedContexts))
	}
	for chain, f := range fused {
		ctx, ok := fusedContexts[chain]
		if !ok {
			t.Fatalf("no context for %s", chain)
		}
		ref := template.Must(template.New("ref").Parse(ctx[0] + ctx[1] + ctx[2]))
		escapeLayouts(ref, "ref")
		if got := actionEscapers(ref); got != chain {
			t.Fatalf("%s: html/template escapes the reference action with %s", chain, got)
		}
		for _, v := range escapeValues() {
			var want strings.Builder
			if err := ref.Execute(&want, v); err != nil {
				t.Fatalf("%s: %#v: %v", chain, v, err)
			}
			w := strings.TrimSuffix(strings.TrimPrefix(want.String(), ctx[0]), ctx[2])
			got, err := f.escape(v)
			if err != nil {
				t.Fatalf("%s: %#v: %v", chain, v, err)
			}
			if got != w {
				t.Errorf("%s(%#v) = %q, html/template writes %q", chain, v, got, w)
			}
		}
	}
}

// actionEscapers returns the escapers that end the first action of t, joined by |.
func actionEscapers(t *template.Template) string {
	var chain []string
	eachList(t.Tree.Root, func(l *parse.ListNode) {
		for _, n := range l.Nodes {
			if a, ok := n.(*parse.ActionNode); ok && chain == nil {
				chain = []string{}
				for _, c := range a.Pipe.Cmds {
					if name, ok := escaperName(c); ok {
						chain = append(chain, name)
					}
				}
			}
		}
	})
	return strings.Join(chain, "|")
}

// TestFuseEscapersLayout checks that a layout whose actions' escapers are fused writes what
// it wrote before, and that the runs of escapers without a fused escaper are kept.
func TestFuseEscapersLayout(t *testing.T) {
	const src = `<!DOCTYPE html><html lang="{{.Lang}}"><head><title>{{.Title}}</title>` +
		`<script type="application/ld+json">{{.JS}}</script><style>p{color:{{.Colour}}}</style></head>` +
		`<body><a href="{{.URL}}" title="{{.Title}}">{{.Title}}</a>{{if .N}}<p>{{.N}} {{printf "%d" .N}}</p>{{end}}` +
		`{{range .List}}<li><a href="/x?q={{.}}">{{.}}</a></li>{{end}}{{with .HTML}}<div>{{.}}</div>{{end}}</body></html>`
	data := map[string]any{
		"Lang": "en", "Title": `Tom & "Jerry" <3`, "JS": template.JS(`{"a":1}`), "Colour": "red",
		"URL": "https://example.org/a/", "N": 12, "List": []string{"a b", "<c>", "d&e"},
		"HTML": template.HTML("<em>x</em>"),
	}
	plain := template.Must(template.New("page").Parse(src))
	fusedSet := template.Must(template.New("page").Parse(src))
	escapeLayouts(fusedSet, "page")
	fused, err := newFusedEscapers()
	if err != nil {
		t.Fatal(err)
	}
	if n := fuseEscapers(fusedSet, fused); n != 10 {
		t.Errorf("fused %d actions, want 10", n)
	}
	kept := 0
	eachList(fusedSet.Tree.Root, func(l *parse.ListNode) {
		for _, n := range l.Nodes {
			if a, ok := n.(*parse.ActionNode); ok {
				for _, c := range a.Pipe.Cmds {
					if _, ok := escaperName(c); ok {
						kept++
					}
				}
			}
		}
	})
	if kept == 0 {
		t.Error("the escapers of the style and the query were fused too")
	}
	for i := 0; i < 2; i++ { // twice: fusing is done once, at load
		if got, want := executeString(t, fusedSet, data), executeString(t, plain, data); got != want {
			t.Fatalf("fused:\n%s\nhtml/template:\n%s", got, want)
		}
	}
}

// executeString returns what tmpl writes for data.
func executeString(t *testing.T, tmpl *template.Template, data any) string {
	t.Helper()
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestFuseEscapersPartial checks a partial escaped without being executed
// (escapeUnexecuted), its escapers fused, and then executed by its name: html/template must
// not escape it again (which would add its escapers after the fused ones).
func TestFuseEscapersPartial(t *testing.T) {
	const item = `{{define "item"}}<a href="{{.URL}}" title="{{.T}}">{{.T}}</a>{{if .Self}}{{briefingItem .}}{{end}}{{end}}`
	data := map[string]any{"URL": "/a b/", "T": `"quoted" & <b>`, "Self": false}
	funcs := template.FuncMap{"briefingItem": func(any) string { return "" }}
	plain := template.Must(template.New("p").Funcs(funcs).Parse(item))
	set := template.Must(template.New("p").Funcs(funcs).Parse(item))
	if err := escapeUnexecuted(set, "item"); err != nil {
		t.Fatal(err)
	}
	fused, err := newFusedEscapers()
	if err != nil {
		t.Fatal(err)
	}
	if n := fuseEscapers(set, fused); n != 4 {
		t.Errorf("fused %d actions, want 4", n)
	}
	for i := 0; i < 2; i++ {
		var got, want strings.Builder
		if err := set.ExecuteTemplate(&got, "item", data); err != nil {
			t.Fatal(err)
		}
		if err := plain.ExecuteTemplate(&want, "item", data); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("fused:\n%s\nhtml/template:\n%s", got.String(), want.String())
		}
	}
}
