package build

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

var update = flag.Bool("update", false, "rewrite the golden output in testdata/")

// repoRoot is the checkout's root, which holds the default layouts and static files.
const repoRoot = "../.."

// buildNow is the fixed build time of the tests.
var buildNow = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// siteFS overlays a site folder with the default layouts and static files of the checkout,
// unless the site has its own.
func siteFS(t testing.TB, dir string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, root := range []string{repoRoot, dir} {
		sub := os.DirFS(root)
		err := fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			if root == repoRoot && !strings.HasPrefix(p, "layouts/") && !strings.HasPrefix(p, "static/") {
				return nil
			}
			data, err := fs.ReadFile(sub, p)
			m[p] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func readTree(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func buildInto(t testing.TB, fsys fs.FS, dest string, mutate func(*Options)) (*Result, error) {
	t.Helper()
	off := false
	opts := Options{Source: fsys, Dest: dest, Now: buildNow, Minify: &off}
	if mutate != nil {
		mutate(&opts)
	}
	return NewBuilder().Build(context.Background(), opts)
}

// TestGoldenSite builds testdata/golden/site and compares every file with
// testdata/golden/want; -update rewrites want.
func TestGoldenSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	res, err := buildInto(t, siteFS(t, "../testdata/golden/site"), dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	wantDir := "../testdata/golden/want"
	if *update {
		os.RemoveAll(wantDir)
		for p, data := range got {
			full := filepath.Join(wantDir, filepath.FromSlash(p))
			os.MkdirAll(filepath.Dir(full), 0o755)
			if err := os.WriteFile(full, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var warnings bytes.Buffer
		for _, w := range res.Warnings {
			warnings.WriteString(w.Error() + "\n")
		}
		os.WriteFile(filepath.Join(wantDir, "..", "warnings.txt"), warnings.Bytes(), 0o644)
		return
	}
	want := readTree(t, wantDir)
	var paths []string
	for p := range want {
		paths = append(paths, p)
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("unexpected file %s", p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		g, ok := got[p]
		if !ok {
			t.Errorf("missing file %s", p)
			continue
		}
		if !bytes.Equal(g, want[p]) {
			t.Errorf("%s differs from the golden file (go test ./generator/build -update rewrites it):\n%s", p, firstDiff(g, want[p]))
		}
	}
	wantWarnings, _ := os.ReadFile("../testdata/golden/warnings.txt")
	var gotWarnings strings.Builder
	for _, w := range res.Warnings {
		gotWarnings.WriteString(w.Error() + "\n")
	}
	if gotWarnings.String() != string(wantWarnings) {
		t.Errorf("warnings:\n%s\nwant:\n%s", gotWarnings.String(), wantWarnings)
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return "got:  …" + string(a[lo:min(len(a), i+80)]) + "…\nwant: …" + string(b[lo:min(len(b), i+80)]) + "…"
}

// TestSampleArchiveBuildsIdentically builds the sample archive twice, minified, and
// compares the trees byte for byte.
func TestSampleArchiveBuildsIdentically(t *testing.T) {
	fsys := os.DirFS(repoRoot)
	on := true
	var trees []map[string][]byte
	for i := 0; i < 2; i++ {
		dest := filepath.Join(t.TempDir(), "public")
		res, err := buildInto(t, fsys, dest, func(o *Options) { o.Minify = &on })
		if err != nil {
			t.Fatal(err)
		}
		if res.Pages < 14 {
			t.Errorf("only %d pages", res.Pages)
		}
		trees = append(trees, readTree(t, dest))
	}
	if len(trees[0]) != len(trees[1]) {
		t.Fatalf("file counts differ: %d, %d", len(trees[0]), len(trees[1]))
	}
	for p, a := range trees[0] {
		if !bytes.Equal(a, trees[1][p]) {
			t.Errorf("%s differs between two builds", p)
		}
	}
	home := string(trees[0]["index.html"])
	if strings.Contains(home, "\n  ") || !strings.Contains(home, "<!doctype html>") && !strings.Contains(home, "<!DOCTYPE html>") {
		t.Errorf("home page not minified or not HTML: %.200s", home)
	}
	for p := range trees[0] {
		if strings.HasPrefix(p, "briefings/2016/10/") && strings.Contains(p, "kunduz-attack") {
			t.Errorf("draft written: %s", p)
		}
	}
}

// TestBaseURLSubpath checks that every internal link and asset URL of the sample archive
// built for a project site starts with the subpath.
func TestBaseURLSubpath(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := buildInto(t, os.DirFS(repoRoot), dest, func(o *Options) { o.BaseURL = "https://example.org/archive/" }); err != nil {
		t.Fatal(err)
	}
	for p, data := range readTree(t, dest) {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, attr := range []string{`href="`, `src="`} {
			s := string(data)
			for {
				i := strings.Index(s, attr)
				if i < 0 {
					break
				}
				s = s[i+len(attr):]
				url := s[:strings.IndexByte(s, '"')]
				internal := !strings.Contains(url, "://") && !strings.HasPrefix(url, "#") && !strings.HasPrefix(url, "mailto:")
				if internal && !strings.HasPrefix(url, "/archive/") {
					t.Errorf("%s: link %q lacks the /archive/ base path", p, url)
				}
				if strings.HasPrefix(url, "https://example.org/") && !strings.HasPrefix(url, "https://example.org/archive/") {
					t.Errorf("%s: absolute link %q lacks the base path", p, url)
				}
			}
		}
	}
}

// TestBadInputLeavesOutputUntouched breaks the site in each way a user can and checks the
// error names the file and line, and that public/ keeps the last good build.
func TestBadInputLeavesOutputUntouched(t *testing.T) {
	good := fstest.MapFS{
		"layouts/base.html": {Data: []byte(`{{block "main" .}}{{end}}`)},
		"content/a.md":      {Data: []byte("---\ntitle: A\ndate: 2017-10-17\n---\nText.\n")},
	}
	for _, f := range render.LayoutFiles() {
		good["layouts/"+f] = &fstest.MapFile{Data: []byte(`{{define "main"}}` + f + `{{end}}`)}
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := buildInto(t, good, dest, nil); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)

	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"missing title", map[string]string{"content/b.md": "---\ndate: 2017-10-17\n---\n"}, []string{"content/b.md:1:1: missing title"}},
		{"missing date", map[string]string{"content/b.md": "---\ntitle: B\n---\n"}, []string{"content/b.md:1:1: missing date"}},
		{"bad date", map[string]string{"content/b.md": "---\ntitle: B\ndate: yesterday\n---\n"}, []string{`content/b.md:3:1: invalid date "yesterday"`}},
		{"broken yaml", map[string]string{"content/b.md": "---\ntitle: B: C\ndate: 2017-10-17\n---\n"}, []string{"content/b.md:2:1: invalid YAML"}},
		{"broken toml", map[string]string{"content/b.md": "+++\ntitle = B\n+++\n"}, []string{"content/b.md:2:"}},
		{"broken json", map[string]string{"content/b.md": "{\n\"title\": \"B\",,\n}\n\n"}, []string{"content/b.md:2:"}},
		{"unknown site.yaml key", map[string]string{"site.yaml": "title: X\ntitel: Y\n"}, []string{`site.yaml:2:1: unknown key "titel"`}},
		{"duplicate URL", map[string]string{"content/b.md": "---\ntitle: A\ndate: 2017-10-01\n---\n"}, []string{"content/b.md:2:1: duplicate URL /briefings/2017/10/a/"}},
		{"non UTF-8", map[string]string{"content/b.md": "---\ntitle: \xff\n---\n"}, []string{"content/b.md:2:8: the file is not valid UTF-8"}},
		{"template parse error", map[string]string{"layouts/briefing.html": "{{define \"main\"}}\n{{.Nope\n{{end}}"}, []string{"layouts/briefing.html:3: template error: unexpected"}},
		{"template exec error", map[string]string{"layouts/briefing.html": "{{define \"main\"}}\n{{.Briefing.Nope}}{{end}}"}, []string{"layouts/briefing.html:2:", "Nope"}},
		{"all at once", map[string]string{"site.yaml": "titel: Y\n", "content/b.md": "---\ntitle: B\n---\n", "layouts/term.html": "{{if}}"},
			[]string{"site.yaml:1:1", "content/b.md:1:1: missing date", "layouts/term.html:1:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range good {
				fsys[k] = v
			}
			for k, v := range tt.files {
				fsys[k] = &fstest.MapFile{Data: []byte(v)}
			}
			_, err := buildInto(t, fsys, dest, nil)
			if err == nil {
				t.Fatal("build succeeded")
			}
			l := diag.From(err)
			msg := l.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q lacks %q", msg, w)
				}
			}
			after := readTree(t, dest)
			if len(after) != len(before) {
				t.Fatalf("public/ changed: %d files, was %d", len(after), len(before))
			}
			for p, data := range before {
				if !bytes.Equal(after[p], data) {
					t.Errorf("public/%s changed", p)
				}
			}
			entries, _ := os.ReadDir(filepath.Dir(dest))
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("temporary folder left: %s", e.Name())
				}
			}
		})
	}
}

func TestRenderOrderTakesWholeSitePagesFirst(t *testing.T) {
	place := &site.Term{Kind: "place"}
	pages := []*site.Page{
		{Kind: "briefing"},
		{Kind: "term", Term: place, Paginator: &site.Paginator{Number: 1}},
		{Kind: "sitemap"},
		{Kind: "term", Term: place, Paginator: &site.Paginator{Number: 2}},
		{Kind: "annotations"},
		{Kind: "searchindex"},
		{Kind: "feed", Term: place},
	}
	got := renderOrder(pages)
	want := []int{2, 4, 5, 0, 1, 3, 6}
	if !slices.Equal(got, want) {
		t.Errorf("renderOrder = %v, want %v", got, want)
	}
}
