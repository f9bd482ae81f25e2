package build

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// builtSample builds the sample archive for a project site at https://example.org/archive/,
// with the link checker on, and returns the output folder and the build result.
func builtSample(t *testing.T) (string, *Result) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := buildInto(t, os.DirFS(repoRoot), dest, func(o *Options) {
		o.BaseURL = "https://example.org/archive/"
		o.CheckLinks = true
	})
	if err != nil {
		t.Fatal(err)
	}
	return dest, res
}

// wellFormed reads an XML document to its end and returns its error, if any.
func wellFormed(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// TestIndexPagesFeedsSitemap checks, on the sample archive, that every theatre, operation,
// place, year and month has its pages, that the counts add up, that feeds and the sitemap
// are well-formed XML listing the right URLs, and that robots.txt names the sitemap.
func TestIndexPagesFeedsSitemap(t *testing.T) {
	dest, res := builtSample(t)
	files := readTree(t, dest)
	s := res.Site
	for _, list := range [][]*siteTerm{terms(s.Theatres), terms(s.Operations), terms(s.Places), terms(s.Years)} {
		for _, tm := range list {
			out := strings.TrimPrefix(tm.URL, "/archive/") + "index.html"
			if files[out] == nil {
				t.Errorf("no page for %s %q at %s", tm.Kind, tm.Name, out)
			}
			for _, m := range tm.Months {
				if files[strings.TrimPrefix(m.URL, "/archive/")+"index.html"] == nil {
					t.Errorf("no page for month %s", m.URL)
				}
			}
		}
	}
	var inYears int
	for _, y := range s.Years {
		inYears += len(y.Briefings)
	}
	if inYears != len(s.Briefings) {
		t.Errorf("the years hold %d briefings, the site %d", inYears, len(s.Briefings))
	}
	for _, b := range s.Briefings {
		for _, p := range b.PlaceTerms {
			if p != nil && files[strings.TrimPrefix(p.URL, "/archive/")+"index.html"] == nil {
				t.Errorf("%s names %s, which has no page", b.URL, p.URL)
			}
		}
	}
	for _, name := range []string{"theatres/index.html", "theatres/by-count/index.html", "operations/by-count/index.html",
		"places/index.html", "places/by-count/index.html", "archive/index.html", "search/index.html", "search-index.json"} {
		if files[name] == nil {
			t.Errorf("no %s", name)
		}
	}

	// XML: well-formed, and the sitemap lists every HTML page but 404.html.
	locs := map[string]bool{}
	for p, data := range files {
		if !strings.HasSuffix(p, ".xml") {
			continue
		}
		if err := wellFormed(data); err != nil {
			t.Errorf("%s is not well-formed XML: %v", p, err)
		}
	}
	var sm struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			Lastmod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(files["sitemap.xml"], &sm); err != nil {
		t.Fatal(err)
	}
	for _, u := range sm.URLs {
		locs[u.Loc] = true
	}
	for p := range files {
		if !strings.HasSuffix(p, ".html") || p == "404.html" {
			continue
		}
		loc := "https://example.org/archive/" + strings.TrimSuffix(p, "index.html")
		if !locs[loc] {
			t.Errorf("sitemap.xml lacks %s", loc)
		}
		delete(locs, loc)
	}
	for loc := range locs {
		t.Errorf("sitemap.xml lists %s, which is not written", loc)
	}
	if !bytes.Contains(files["robots.txt"], []byte("Sitemap: https://example.org/archive/sitemap.xml")) {
		t.Errorf("robots.txt: %s", files["robots.txt"])
	}

	// Feeds: the site's and each theatre's and operation's, with the newest briefings.
	type feed struct {
		Entries []struct {
			ID   string `xml:"id"`
			Link struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	feeds := map[string]int{"index.xml": min(len(s.Briefings), 20)}
	for _, tm := range append(append([]*siteTerm(nil), terms(s.Theatres)...), terms(s.Operations)...) {
		feeds[strings.TrimPrefix(tm.URL, "/archive/")+"index.xml"] = min(len(tm.Briefings), 20)
	}
	for name, want := range feeds {
		var f feed
		if err := xml.Unmarshal(files[name], &f); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(f.Entries) != want {
			t.Errorf("%s has %d entries, want %d", name, len(f.Entries), want)
		}
		for _, e := range f.Entries {
			if !strings.HasPrefix(e.Link.Href, "https://example.org/archive/briefings/") || files[strings.TrimPrefix(e.Link.Href, "https://example.org/archive/")+"index.html"] == nil {
				t.Errorf("%s: entry links to %s", name, e.Link.Href)
			}
		}
	}
	home := string(files["index.html"])
	if !strings.Contains(home, `type="application/atom+xml"`) && !strings.Contains(home, `type=application/atom+xml`) {
		t.Errorf("home page has no feed link")
	}
	// JSON-LD on a briefing page: a NewsArticle with its places.
	for _, b := range s.Briefings {
		if len(b.PlaceTerms) == 0 {
			continue
		}
		page := string(files[strings.TrimPrefix(b.URL, "/archive/")+"index.html"])
		if !strings.Contains(page, `"@type":"NewsArticle"`) || !strings.Contains(page, `"contentLocation":[{"@type":"Place"`) || !strings.Contains(page, `"@type":"BreadcrumbList"`) {
			t.Errorf("%s: no NewsArticle JSON-LD with places", b.URL)
		}
		break
	}
}

// TestBrowserSearchFindsBriefingByPlace serves the built sample archive under /archive/ and
// searches for a place name in headless Chromium.
func TestBrowserSearchFindsBriefingByPlace(t *testing.T) {
	const chromium = "/usr/bin/chromium"
	if _, err := os.Stat(chromium); err != nil {
		t.Skip("chromium is not installed (CI installs it: .ci/run)")
	}
	dest, res := builtSample(t)
	// A briefing and a place it names, as the search index spells it.
	var title, placeName string
	for _, b := range res.Site.Briefings {
		for _, p := range b.PlaceTerms {
			if p != nil && p.Place != nil && p.Place.Kind == "city" && len(p.Briefings) == 1 {
				title, placeName = b.Title, p.Name
				break
			}
		}
		if title != "" {
			break
		}
	}
	if title == "" {
		t.Fatal("no briefing names a city only it names")
	}
	mux := http.NewServeMux()
	mux.Handle("/archive/", http.StripPrefix("/archive/", http.FileServer(http.Dir(dest))))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-dev-shm-usage", true))
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()

	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/archive/search/"),
		chromedp.WaitVisible("#q"),
		chromedp.SendKeys("#q", strings.ToLower(placeName)),
		chromedp.Submit("#q"),
		chromedp.WaitVisible("#search-results li")); err != nil {
		t.Fatalf("search page: %v", err)
	}
	results, err := chromedp.Run(ctx, chromedp.Text("#search-results"))
	if err != nil {
		t.Fatal(err)
	}
	status, _ := chromedp.Run(ctx, chromedp.Text("#search-status"))
	if !strings.Contains(results, title) {
		t.Errorf("searching %q found %q (%s), not %q", placeName, results, status, title)
	}
	// The result links carry the base path, and the query is kept in the address.
	href, err := chromedp.Run(ctx, chromedp.AttributeValue("#search-results li a", "href"))
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.HasPrefix(href.Value, "/archive/briefings/") || !strings.Contains(loc, "?q=") {
		t.Errorf("result link %q, location %q", href.Value, loc)
	}
	// A search/?q= address (where the header's search form leads) shows the results at once.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/archive/search/?q="+strings.ReplaceAll(placeName, " ", "+")),
		chromedp.WaitVisible("#search-results li")); err != nil {
		t.Fatal(err)
	}
	if results, err = chromedp.Run(ctx, chromedp.Text("#search-results")); err != nil || !strings.Contains(results, title) {
		t.Errorf("search/?q=%s found %q (%v)", placeName, results, err)
	}
}

// TestCorpusSite builds a 1,000-briefing archive made by ../shared/bench/gen-corpus with
// bench/corpus-site and checks its index pages like TestIndexPagesFeedsSitemap. It is slow,
// so it runs only with SITREP_CORPUS_TEST=1.
func TestCorpusSite(t *testing.T) {
	if os.Getenv("SITREP_CORPUS_TEST") == "" {
		t.Skip("set SITREP_CORPUS_TEST=1 to build a 1,000-briefing archive")
	}
	gen, _ := filepath.Abs("../../../shared/bench/gen-corpus")
	if _, err := os.Stat(gen); err != nil {
		t.Skip("gen-corpus not available")
	}
	dir := t.TempDir()
	if out, err := exec.Command(gen, "1000", dir).CombinedOutput(); err != nil {
		t.Fatalf("gen-corpus: %v\n%s", err, out)
	}
	cmd := exec.Command("bash", filepath.Join(repoRoot, "bench", "corpus-site"), dir, "10")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("corpus-site: %v\n%s", err, out)
	}
	dest := filepath.Join(t.TempDir(), "public")
	res, err := buildInto(t, os.DirFS(dir), dest, func(o *Options) { o.Future = true })
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dest)
	s := res.Site
	check := func(tm *siteTerm) {
		base := strings.TrimPrefix(tm.URL, "/archive/")
		pages := max(1, (len(tm.Briefings)+9)/10)
		for i := 1; i <= pages; i++ {
			p := base + "index.html"
			if i > 1 {
				p = base + "page/" + itoa(i) + "/index.html"
			}
			if files[p] == nil {
				t.Errorf("%s %q: no page %s", tm.Kind, tm.Name, p)
			}
		}
		if files[base+"page/"+itoa(pages+1)+"/index.html"] != nil {
			t.Errorf("%s %q: a page past the last", tm.Kind, tm.Name)
		}
	}
	total := 0
	for _, list := range [][]*siteTerm{terms(s.Theatres), terms(s.Operations), terms(s.Places), terms(s.Years)} {
		for _, tm := range list {
			check(tm)
			for _, m := range tm.Months {
				check(m)
				if tm.Kind == "year" {
					total += len(m.Briefings)
				}
			}
		}
	}
	if total != len(s.Briefings) || len(s.Briefings) < 800 {
		t.Errorf("months hold %d briefings, the site %d", total, len(s.Briefings))
	}
	for p, data := range files {
		if strings.HasSuffix(p, ".xml") {
			if err := wellFormed(data); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		}
	}
}

type siteTerm = site.Term

func terms(ts []*site.Term) []*site.Term { return ts }

func itoa(n int) string { return strconv.Itoa(n) }
