package render

import (
	"bytes"
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
