package build

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep-archive/sitrep/generator/check"
	"github.com/sitrep-archive/sitrep/generator/render"
)

// pagesServer serves a built site under /archive/ the way GitHub Pages serves a project
// site: files by path, folders by their index.html, and 404.html with status 404 for
// anything missing.
func pagesServer(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	notFound, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil {
		t.Fatal(err)
	}
	files := http.FileServer(http.Dir(dir))
	mux := http.NewServeMux()
	mux.HandleFunc("/archive/", func(w http.ResponseWriter, r *http.Request) {
		p := strings.TrimPrefix(r.URL.Path, "/archive")
		full := filepath.Join(dir, filepath.FromSlash(p))
		st, err := os.Stat(full)
		if err == nil && st.IsDir() {
			_, err = os.Stat(filepath.Join(full, "index.html"))
		}
		if err != nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(notFound)
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = p
		files.ServeHTTP(w, r2)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestCrawlSubpathSite builds the sample archive for https://user.github.io/archive/,
// serves it under /archive/ and crawls it from the home page: every link answers, every
// page is reached, and a deep missing path gets the styled 404 page.
func TestCrawlSubpathSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := buildInto(t, os.DirFS(repoRoot), dest, func(o *Options) {
		o.BaseURL = "https://user.github.io/archive/"
		on := true
		o.Minify = &on
	}); err != nil {
		t.Fatal(err)
	}
	srv := pagesServer(t, dest)
	client := srv.Client()
	site, _ := url.Parse(srv.URL)

	seen := map[string]bool{}
	queue := []string{"/archive/"}
	seen["/archive/"] = true
	fetched := 0
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		resp, err := client.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fetched++
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
			continue
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			continue
		}
		base, _ := url.Parse(srv.URL + p)
		for _, link := range check.Links(body) {
			u, err := base.Parse(link)
			if err != nil {
				t.Errorf("%s: bad link %q", p, link)
				continue
			}
			if u.Host == "user.github.io" { // canonical and feed URLs name the real host
				u.Scheme, u.Host = site.Scheme, site.Host
			}
			if u.Host != site.Host {
				continue
			}
			if !strings.HasPrefix(u.Path, "/archive/") {
				t.Errorf("%s: link %q leaves the /archive/ base path", p, link)
				continue
			}
			if !seen[u.Path] {
				seen[u.Path] = true
				queue = append(queue, u.Path)
			}
		}
	}
	// Every HTML page written must have been reached.
	filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") || filepath.Base(p) == "404.html" {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		u := "/archive/" + strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
		if !seen[u] {
			t.Errorf("page %s is not reachable from the home page", u)
		}
		return nil
	})
	if fetched < 30 {
		t.Errorf("crawl fetched only %d URLs", fetched)
	}

	// A deep missing path gets the 404 page, whose stylesheet loads.
	resp, err := client.Get(srv.URL + "/archive/no/such/deep/path/")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(string(body), "Page not found") {
		t.Fatalf("missing path: %d %.100s", resp.StatusCode, body)
	}
	css := ""
	for _, l := range check.Links(body) {
		if strings.HasSuffix(l, ".css") {
			css = l
		}
	}
	if !strings.HasPrefix(css, "/archive/") {
		t.Fatalf("404 page stylesheet %q is not absolute with the base path", css)
	}
	if resp, err := client.Get(srv.URL + css); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("404 page stylesheet %s does not load", css)
	}
}

// TestHostingFiles checks the files GitHub Pages reads: .nojekyll always, CNAME when
// site.yaml names a custom domain, and a static file of the same name wins.
func TestHostingFiles(t *testing.T) {
	base := fstest.MapFS{
		"layouts/base.html": {Data: []byte(`{{block "main" .}}{{end}}`)},
		"content/a.md":      {Data: []byte("---\ntitle: A\ndate: 2017-10-17\n---\nText.\n")},
	}
	for _, f := range render.LayoutFiles() {
		if strings.HasSuffix(f, ".html") {
			base["layouts/"+f] = &fstest.MapFile{Data: []byte(`{{define "main"}}x{{end}}`)}
		} else {
			base["layouts/"+f] = &fstest.MapFile{Data: []byte(`x`)}
		}
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := buildInto(t, base, dest, nil); err != nil {
		t.Fatal(err)
	}
	files := readTree(t, dest)
	if _, ok := files[".nojekyll"]; !ok {
		t.Error("no .nojekyll")
	}
	if _, ok := files["CNAME"]; ok {
		t.Error("CNAME written without a custom domain")
	}
	base["site.yaml"] = &fstest.MapFile{Data: []byte("cname: archive.example.org\n")}
	if _, err := buildInto(t, base, dest, nil); err != nil {
		t.Fatal(err)
	}
	if got := string(readTree(t, dest)["CNAME"]); got != "archive.example.org\n" {
		t.Errorf("CNAME = %q", got)
	}
	base["static/CNAME"] = &fstest.MapFile{Data: []byte("other.example.org\n")}
	if _, err := buildInto(t, base, dest, nil); err != nil {
		t.Fatal(err)
	}
	if got := string(readTree(t, dest)["CNAME"]); got != "other.example.org\n" {
		t.Errorf("static CNAME overridden: %q", got)
	}
	base["site.yaml"] = &fstest.MapFile{Data: []byte("cname: https://archive.example.org/\n")}
	if _, err := buildInto(t, base, dest, nil); err == nil || !strings.Contains(err.Error(), "site.yaml:1:8: cname") {
		t.Errorf("bad cname: %v", err)
	}
}
