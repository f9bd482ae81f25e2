package check

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestSite(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html": {Data: []byte(`<!doctype html><a href=/archive/a/>A</a><a href="b/index.html#top">B</a>
			<a href="https://other.example/x">other host</a><a href="mailto:x@y">mail</a>
			<link rel=stylesheet href=/archive/css/site.css><a href="https://user.github.io/archive/a/">abs</a><a href="https://user.github.io/other-project/">other site</a>
			<a href="#main">skip</a><main id=main></main><svg><a href="/archive/places/raqqa/">Raqqa</a></svg>`)},
		"a/index.html":            {Data: []byte(`<a href="../b/#missing">x</a><a href="/elsewhere/">out</a><img src=/archive/img/none.png>`)},
		"b/index.html":            {Data: []byte(`<h1 id=top>B</h1><a href="/archive/">home</a><a href=/archive/a>no slash</a>`)},
		"places/raqqa/index.html": {Data: []byte(`<p>Raqqa</p>`)},
		"orphan/index.html":       {Data: []byte(`<p>nobody links here</p>`)},
		"404.html":                {Data: []byte(`<a href=/archive/>home</a>`)},
		"css/site.css":            {Data: []byte(`body{}`)},
	}
	got := siteProblems(t, fsys, "https://user.github.io/archive/")
	want := []string{
		`a/index.html: link "../b/#missing": no element with id "missing" on b/index.html`,
		`a/index.html: link "/archive/img/none.png": no such file in the site: /img/none.png`,
		`a/index.html: link "/elsewhere/": outside the site's base path /archive/`,
		`orphan/index.html: not reachable by links from the home page`,
	}
	sameProblems(t, got, want)
}

// siteProblems checks the site in fsys, published at baseURL, and returns its problems as
// printed.
func siteProblems(t *testing.T, fsys fstest.MapFS, baseURL string) []string {
	t.Helper()
	problems, err := Site(fsys, Options{BaseURL: baseURL})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	return got
}

func sameProblems(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRootSite(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":   {Data: []byte(`<a href="/x/">x</a><a href="x/">x</a><a href="/y/">y</a><a href="x/../../../etc/passwd">bad</a>`)},
		"x/index.html": {Data: []byte(`<a href="../">up</a>`)},
	}
	problems, err := Site(fsys, Options{BaseURL: "/"})
	if err != nil {
		t.Fatal(err)
	}
	all := ""
	for _, p := range problems {
		all += p.String() + "\n"
	}
	if len(problems) != 2 || !strings.Contains(all, `"/y/": no such file`) || !strings.Contains(all, "/etc/passwd") {
		t.Errorf("problems %v", problems)
	}
}

// TestSameLinkOnManyPages: a link resolved once for every page that has it must still be
// judged from each page where its meaning depends on the page (relative paths, fragments).
func TestSameLinkOnManyPages(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":   {Data: []byte(`<a href="b/">b</a><a href="/archive/x/">x</a><a href="#top">top</a><p id=top>`)},
		"x/index.html": {Data: []byte(`<a href="b/">b</a><a href="/archive/x/">x</a><a href="#top">top</a><a href="/archive/missing/">m</a>`)},
		"b/index.html": {Data: []byte(`<a href="/archive/missing/">m</a><a href="/archive/">home</a>`)},
	}
	got := siteProblems(t, fsys, "https://user.github.io/archive/")
	want := []string{
		`b/index.html: link "/archive/missing/": no such file in the site: /missing/`,
		`x/index.html: link "#top": no element with id "top" on x/index.html`,
		`x/index.html: link "/archive/missing/": no such file in the site: /missing/`,
		`x/index.html: link "b/": no such file in the site: /x/b/`,
	}
	sameProblems(t, got, want)
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{`<a href="x">`, `<svg><a href=y></svg>`, `<a href='&amp;'`, `<svg>`, `<`, `<a id=`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, raw := range scan(data).links {
			if len(raw) == 0 {
				t.Fatal("empty link kept")
			}
		}
		seen := map[string]bool{}
		for _, l := range Links(data) {
			if l == "" || seen[l] {
				t.Fatalf("link %q empty or repeated", l)
			}
			seen[l] = true
		}
		c, err := New(Options{BaseURL: "/"})
		if err != nil {
			t.Fatal(err)
		}
		c.AddFile("index.html", data)
		if got, want := len(c.pages["index.html"].kept), len(seen); got != want {
			t.Fatalf("the checker kept %d links, Links found %d", got, want)
		}
	})
}

// scan keeps each distinct link once, in order, unescaped, and skips the text of scripts and
// styles, whatever the case of their tags.
func TestScanLinksAndRawText(t *testing.T) {
	page := `<A HREF="/a/">a</A><a href=/a/>again</a><a href="/b/?x=1&amp;y=2">b</a><a href="/b/?x=1&y=2">same</a>` +
		`<SCRIPT>var s = '<a href="/in-script/">';</script><style>a[href="/in-style/"]{}</STYLE>` +
		`<p id=top><img src=/c.png><Script type=module>"<a href=/also-in-script/>"</SCRIPT><a name=n href=/d/>d</a>`
	p := scan([]byte(page))
	if got, want := strings.Join(Links([]byte(page)), " "), "/a/ /b/?x=1&y=2 /c.png /d/"; got != want {
		t.Errorf("links %q, want %q", got, want)
	}
	if !p.ids["top"] || !p.ids["n"] || len(p.ids) != 2 {
		t.Errorf("ids %v", p.ids)
	}
}

// The checker numbers each distinct link once for all pages, and each page keeps each of its
// links once, in order, whether written with character references or not.
func TestCheckerKeepsEachLinkOncePerPage(t *testing.T) {
	c, err := New(Options{BaseURL: "/"})
	if err != nil {
		t.Fatal(err)
	}
	c.AddFile("a.html", []byte(`<a href=/x/>x</a><a href="/y/?p=1&amp;q=2">y</a><a href=/x/>x again</a><a href="&#47;w&#x2f;">w</a>`))
	c.AddFile("b.html", []byte(`<a href="/y/?p=1&q=2">y</a><a href=/z/>z</a><a href="/x/">x</a><a href=/z/>z</a>`))
	names := func(p string) string {
		var out []string
		for _, id := range c.pages[p].kept {
			out = append(out, c.links[id])
		}
		return strings.Join(out, " ")
	}
	if got, want := names("a.html"), "/x/ /y/?p=1&q=2 /w/"; got != want {
		t.Errorf("a.html keeps %q, want %q", got, want)
	}
	if got, want := names("b.html"), "/y/?p=1&q=2 /z/ /x/"; got != want {
		t.Errorf("b.html keeps %q, want %q", got, want)
	}
	if got, want := len(c.links), 4; got != want {
		t.Errorf("%d distinct links in the table, want %d: %q", got, want, c.links)
	}
}
