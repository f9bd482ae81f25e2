package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/site"
)

func TestFoldConstantURLs(t *testing.T) {
	rel := Funcs("/archive/", "https://user.github.io/archive/")["relURL"].(func(string) string)
	for _, c := range []struct{ in, want string }{
		{`<a href="{{relURL "briefings/"}}">B</a>`, `<a href="/archive/briefings/">B</a>`},
		{`<link rel=stylesheet href="{{ relURL "css/site.css" }}">`, `<link rel=stylesheet href="/archive/css/site.css">`},
		{`<form action="{{relURL "search/"}}">`, `<form action="/archive/search/">`},
		{`<img src="{{relURL ""}}">`, `<img src="/archive/">`},
		// Not the whole attribute, not a literal, trimmed or not a URL attribute: kept.
		{`<a href="{{relURL "x/"}}#top">`, `<a href="{{relURL "x/"}}#top">`},
		{`<a href="{{relURL .Path}}">`, `<a href="{{relURL .Path}}">`},
		{`<a href="{{- relURL "x/" -}}">`, `<a href="{{- relURL "x/" -}}">`},
		{`<p title="{{relURL "x/"}}">`, `<p title="{{relURL "x/"}}">`},
		{`<script>u = {{relURL "x/"}}</script>`, `<script>u = {{relURL "x/"}}</script>`},
		// A URL some context would escape: kept.
		{`<a href="{{relURL "a b/"}}">`, `<a href="{{relURL "a b/"}}">`},
		{`<a href="{{relURL "x?a=1&b=2"}}">`, `<a href="{{relURL "x?a=1&b=2"}}">`},
	} {
		if got := string(foldConstantURLs([]byte(c.in), rel)); got != c.want {
			t.Errorf("fold(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestFoldedLayoutsRenderTheSame: the filtered set (relURL folded) and the plain set give the
// same page, base paths with characters a URL escapes included.
func TestFoldedLayoutsRenderTheSame(t *testing.T) {
	page := `{{define "main"}}<nav><a href="{{relURL "briefings/"}}">B</a><a href="{{relURL "places/"}}">P</a></nav>` +
		`<img src="{{relURL "img/a.png"}}"><form action="{{relURL "search/"}}"></form><p>{{relURL "x/"}}</p>{{end}}`
	for _, base := range []string{"/", "/archive/", "/my archive/", `/a"b/`} {
		fsys := layouts(map[string]string{"briefing.html": page})
		funcs := Funcs(base, base)
		plain, err := Load(fsys, funcs)
		if err != nil {
			t.Fatal(err)
		}
		folded, err := Load(fsys, funcs, WithSourceFilter(func(_ string, src []byte) ([]byte, error) { return src, nil }))
		if err != nil {
			t.Fatal(err)
		}
		data := &Data{Site: &site.Site{Config: config.Default()}, Page: &site.Page{Kind: "briefing", Title: "T", URL: "/x/"}}
		var a, b bytes.Buffer
		if err := plain.Render(&a, data); err != nil {
			t.Fatal(err)
		}
		if err := folded.Render(&b, data); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Errorf("base %q:\nplain  %s\nfolded %s", base, a.String(), b.String())
		}
	}
}

// TestFoldEscapedConstants: Load folds the escaped relURL actions whose text is certain, and
// pages come out as html/template writes them from the layouts as written, in every context
// and for base paths with characters that some context escapes.
func TestFoldEscapedConstants(t *testing.T) {
	page := `{{define "main"}}<nav><a href="{{relURL "briefings/"}}">B</a><a href='{{relURL "places/"}}'>P</a></nav>` +
		`<img src="{{relURL "img/a.png"}}"><form action="{{relURL "search/"}}"></form><p>{{relURL "x/"}}</p>` +
		`<p title="{{relURL "t/"}}">{{.Page.Title}}</p><a href="{{relURL "x/"}}#top">T</a><a href="/s?q={{relURL "a/b"}}">Q</a>` +
		`<a href={{relURL "u/"}}>U</a><script>var u = {{relURL "x/"}}, s = "{{relURL "y/"}}";</script>` +
		`<style>a { background: url({{relURL "bg.png"}}) }</style><textarea>{{relURL "ta/"}}</textarea>` +
		`<a href="{{relURL .Page.URL}}">V</a>{{end}}`
	base := "<!DOCTYPE html>\n<html>\n<head><title>{{relURL \"\"}}</title></head>\n<body>{{block \"main\" .}}{{end}}</body>\n</html>\n"
	for _, basePath := range []string{"/", "/archive/", "/my archive/", `/a"b/`, "/a+b/"} {
		fsys := layouts(map[string]string{"base.html": base, "briefing.html": page})
		funcs := Funcs(basePath, basePath)
		tmpl, err := Load(fsys, funcs)
		if err != nil {
			t.Fatal(err)
		}
		want := template.Must(template.Must(template.New("base.html").Funcs(funcs).Parse(base)).New("briefing.html").Parse(page))
		data := &Data{Site: &site.Site{Config: config.Default()}, Page: &site.Page{Kind: "briefing", Title: "T", URL: "/x/"}}
		var got, exp bytes.Buffer
		if err := tmpl.Render(&got, data); err != nil {
			t.Fatal(err)
		}
		if err := want.ExecuteTemplate(&exp, "base.html", data); err != nil {
			t.Fatal(err)
		}
		if got.String() != exp.String() {
			t.Errorf("base %q:\ngot  %s\nwant %s", basePath, got.String(), exp.String())
		}
		if basePath == "/archive/" {
			// Left to their escapers: the URL in a query, the unquoted href, the script's two
			// and the one that is not a literal.
			if n := foldEscapedConstants(tmpl.byKind["briefing"], map[string]func(string) string{"relURL": funcs["relURL"].(func(string) string)}); n != 0 {
				t.Errorf("%d actions folded twice", n)
			}
			if strings.Count(templateText(tmpl.byKind["briefing"]), "relURL") != 5 {
				t.Errorf("actions left: %s", templateText(tmpl.byKind["briefing"]))
			}
		}
	}
}

// templateText returns the text of the briefing layout and the base as executed.
func templateText(set *template.Template) string {
	return set.Lookup("base.html").Tree.Root.String() + set.Lookup("main").Tree.Root.String()
}

// TestFoldedLayoutsReportFilePositions: an error after a folded action on the same line is
// reported at the same line and column as without folding.
func TestFoldedLayoutsReportFilePositions(t *testing.T) {
	fsys := layouts(map[string]string{"briefing.html": "{{define \"main\"}}\n<a href=\"{{relURL \"briefings/\"}}\">{{.Page.Nope}}</a>\n{{end}}"})
	data := &Data{Site: &site.Site{Config: config.Default()}, Page: &site.Page{Kind: "briefing", Title: "T", URL: "/x/"}}
	render := func(funcs template.FuncMap) string {
		tmpl, err := Load(fsys, funcs)
		if err != nil {
			t.Fatal(err)
		}
		err = tmpl.Render(&bytes.Buffer{}, data)
		if err == nil {
			t.Fatal("no error")
		}
		return err.Error()
	}
	funcs := Funcs("/archive/", "/archive/")
	got := render(funcs)
	rel := funcs["relURL"].(func(string) string)
	funcs["relURL"] = func(p string) (string, error) { return rel(p), nil } // not folded
	if want := render(funcs); got != want || !strings.HasPrefix(got, "layouts/briefing.html:2:") {
		t.Errorf("error %q, want %q", got, want)
	}
}
