package render

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/site"
)

func TestFuncs(t *testing.T) {
	f := Funcs("/archive/", "https://user.github.io/archive/")
	rel := f["relURL"].(func(string) string)
	abs := f["absURL"].(func(string) string)
	for in, want := range map[string]string{"css/site.css": "/archive/css/site.css", "/css/site.css": "/archive/css/site.css", "": "/archive/", "/archive/x/": "/archive/x/"} {
		if got := rel(in); got != want {
			t.Errorf("relURL(%q) = %q, want %q", in, got, want)
		}
	}
	if got := abs("index.xml"); got != "https://user.github.io/archive/index.xml" {
		t.Errorf("absURL = %q", got)
	}
	if got := formatNumber(1083); got != "1,083" {
		t.Errorf("number = %q", got)
	}
	if got := formatNumber(-1234567); got != "-1,234,567" {
		t.Errorf("number = %q", got)
	}
	plural := f["plural"].(func(int, string) string)
	if plural(1, "briefing") != "1 briefing" || plural(2000, "briefing") != "2,000 briefings" {
		t.Error("plural")
	}
}

// layouts returns a minimal layout set with the given files replaced.
func layouts(over map[string]string) fstest.MapFS {
	m := fstest.MapFS{"layouts/base.html": {Data: []byte("<!DOCTYPE html>\n<html>\n  <body>\n    {{block \"main\" .}}{{end}}\n  </body>\n</html>\n")}}
	for _, f := range LayoutFiles() {
		m["layouts/"+f] = &fstest.MapFile{Data: []byte(`{{define "main"}}<p>x</p>{{end}}`)}
	}
	for k, v := range over {
		m["layouts/"+k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func minifyLike(_ string, src []byte) ([]byte, error) {
	// A stand-in filter that, like a minifier, joins lines: positions in the filtered text
	// differ from the file's.
	return bytes.ReplaceAll(src, []byte("\n"), nil), nil
}

func TestFilteredLayoutsReportFilePositions(t *testing.T) {
	fsys := layouts(map[string]string{"briefing.html": "{{define \"main\"}}\n<h1>{{.Page.Title}}</h1>\n\n<p>{{.Page.Nope}}</p>\n{{end}}"})
	tmpl, err := Load(fsys, Funcs("/", "/"), WithSourceFilter(minifyLike))
	if err != nil {
		t.Fatal(err)
	}
	if !tmpl.Filtered() {
		t.Fatal("not filtered")
	}
	var buf bytes.Buffer
	err = tmpl.Render(&buf, &Data{Site: &site.Site{Config: config.Default()}, Page: &site.Page{Kind: "briefing", Title: "T", URL: "/x/"}})
	if err == nil {
		t.Fatal("no error")
	}
	if got := err.Error(); !strings.HasPrefix(got, "layouts/briefing.html:4:") || !strings.Contains(got, "Nope") {
		t.Errorf("error %q: want layouts/briefing.html:4: (the line in the file)", got)
	}

	// A parse error too.
	fsys = layouts(map[string]string{"term.html": "{{define \"main\"}}\n\n{{if}}\n{{end}}"})
	_, err = Load(fsys, Funcs("/", "/"), WithSourceFilter(minifyLike))
	if l := diag.From(err); len(l) == 0 || !strings.HasPrefix(l[0].Error(), "layouts/term.html:3:") {
		t.Errorf("parse error %v: want layouts/term.html:3:", err)
	}
}

func TestMissingLayouts(t *testing.T) {
	fsys := layouts(nil)
	delete(fsys, "layouts/term.html")
	_, err := Load(fsys, Funcs("/", "/"))
	if err == nil || !strings.Contains(err.Error(), "layouts/term.html") {
		t.Errorf("missing layout: %v", err)
	}
}

// TestFormatNumber compares formatNumber with thousands separators put in by hand.
func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0"}, {7, "7"}, {-7, "-7"}, {999, "999"}, {-999, "-999"}, {1000, "1,000"}, {-1000, "-1,000"},
		{12345, "12,345"}, {999999, "999,999"}, {1000000, "1,000,000"}, {-123456789, "-123,456,789"},
		{math.MaxInt64, "9,223,372,036,854,775,807"}, {math.MinInt64, "-9,223,372,036,854,775,808"}} {
		if got := formatNumber(c.n); got != c.want {
			t.Errorf("formatNumber(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
