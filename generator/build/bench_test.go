package build

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/markdown"
	"github.com/sitrep-archive/sitrep/generator/output"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// The benchmarks build archives made by ../shared/bench/gen-corpus, generated once per size
// into the temporary folder (not committed), with the checkout's layouts and static files:
//
//	go test -run '^$' -bench . -benchtime 3x ./generator/build
//
// Each stage is timed on its own (load, markdown, annotate, site, templates, minify, write)
// and then the whole build, at 1,000 and 10,000 briefings.

var corpusSizes = []int{1000, 10000}

var (
	corpusMu   sync.Mutex
	corpusDirs = map[int]string{}
)

// corpus returns a site folder holding a synthetic archive of n briefings.
func corpus(b *testing.B, n int) string {
	b.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if dir, ok := corpusDirs[n]; ok {
		return dir
	}
	gen, err := filepath.Abs("../../../shared/bench/gen-corpus")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := os.Stat(gen); err != nil {
		b.Skip("../shared/bench/gen-corpus not available")
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-bench-corpus-%d", n))
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil {
		os.RemoveAll(dir)
		if out, err := exec.Command(gen, fmt.Sprint(n), dir).CombinedOutput(); err != nil {
			b.Fatalf("gen-corpus: %v\n%s", err, out)
		}
		if out, err := exec.Command("../../bench/corpus-site", dir).CombinedOutput(); err != nil {
			b.Fatalf("corpus-site: %v\n%s", err, out)
		}
	}
	corpusDirs[n] = dir
	return dir
}

// stages holds the inputs of each stage, made once per corpus.
type stages struct {
	cfg       *config.Site
	briefings []*content.Briefing
	bytesIn   int64
	inputs    []site.Input
	model     *site.Site
	tmpl      *render.Templates
	pages     [][]byte
}

func prepare(b *testing.B, n int, upTo string) *stages {
	b.Helper()
	dir := corpus(b, n)
	fsys := os.DirFS(dir)
	s := &stages{}
	var err error
	if s.cfg, err = config.Load(fsys); err != nil {
		b.Fatal(err)
	}
	if s.briefings, err = content.Load(fsys, content.Options{}); err != nil {
		b.Fatal(err)
	}
	for _, br := range s.briefings {
		s.bytesIn += int64(len(br.Body))
	}
	if upTo == "load" {
		return s
	}
	ext, err := NewBuilder().annotator(s.cfg, "")
	if err != nil {
		b.Fatal(err)
	}
	md := markdown.New(markdown.Options{Typographer: true, BasePath: s.cfg.BasePath()}, ext)
	if s.inputs, _, _, err = convert(context.Background(), md, s.cfg, s.briefings, nil, nil, nil, false); err != nil {
		b.Fatal(err)
	}
	s.model = site.New(s.cfg, s.inputs)
	if s.tmpl, err = render.Load(fsys, render.Funcs(s.cfg.BasePath(), s.cfg.BaseURL)); err != nil {
		b.Fatal(err)
	}
	if upTo == "site" {
		return s
	}
	s.pages = make([][]byte, len(s.model.Pages))
	parallel(len(s.model.Pages), func(i int) {
		var buf bytes.Buffer
		p := s.model.Pages[i]
		if err := s.tmpl.Render(&buf, &render.Data{Site: s.model, Page: p, Briefing: p.Briefing, Term: p.Term, Paginator: p.Paginator}); err != nil {
			panic(err)
		}
		s.pages[i] = buf.Bytes()
	})
	return s
}

func forSizes(b *testing.B, f func(b *testing.B, n int)) {
	for _, n := range corpusSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) { f(b, n) })
	}
}

// BenchmarkLoad reads and decodes every briefing (frontmatter and body).
func BenchmarkLoad(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		dir := corpus(b, n)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := content.Load(os.DirFS(dir), content.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func benchConvert(b *testing.B, annotated bool) {
	forSizes(b, func(b *testing.B, n int) {
		s := prepare(b, n, "load")
		cfg := *s.cfg
		cfg.Annotate.Figures, cfg.Annotate.Places = annotated, annotated
		ext, err := NewBuilder().annotator(&cfg, "")
		if err != nil {
			b.Fatal(err)
		}
		md := markdown.New(markdown.Options{Typographer: true}, ext)
		b.SetBytes(s.bytesIn)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, _, _, err := convert(context.Background(), md, &cfg, s.briefings, nil, nil, nil, false); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMarkdown renders every body with goldmark, annotation off.
func BenchmarkMarkdown(b *testing.B) { benchConvert(b, false) }

// BenchmarkAnnotate renders every body with the annotation stage on; its cost is the
// difference from BenchmarkMarkdown.
func BenchmarkAnnotate(b *testing.B) { benchConvert(b, true) }

// BenchmarkSite builds the model: terms, places, pages, URLs.
func BenchmarkSite(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		s := prepare(b, n, "site")
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			site.New(s.cfg, s.inputs)
		}
	})
}

// BenchmarkTemplates executes the layouts for every page.
func BenchmarkTemplates(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		s := prepare(b, n, "site")
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			parallel(len(s.model.Pages), func(j int) {
				var buf bytes.Buffer
				p := s.model.Pages[j]
				if err := s.tmpl.Render(&buf, &render.Data{Site: s.model, Page: p, Briefing: p.Briefing, Term: p.Term, Paginator: p.Paginator}); err != nil {
					panic(err)
				}
			})
		}
	})
}

// BenchmarkMinify minifies every rendered page.
func BenchmarkMinify(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		s := prepare(b, n, "pages")
		mf := output.NewMinifier()
		var total int64
		for _, p := range s.pages {
			total += int64(len(p))
		}
		b.SetBytes(total)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			// The minifiers work in their input's bytes: each round minifies fresh copies.
			b.StopTimer()
			copies := make([][]byte, len(s.pages))
			for j, p := range s.pages {
				copies[j] = bytes.Clone(p)
			}
			b.StartTimer()
			parallel(len(s.pages), func(j int) {
				if _, err := mf.Minify(s.model.Pages[j].OutPath, copies[j]); err != nil {
					panic(err)
				}
			})
		}
	})
}

// BenchmarkWrite writes every rendered page (unminified) into a new tree and swaps it in.
func BenchmarkWrite(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		s := prepare(b, n, "pages")
		root := b.TempDir()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			tree, err := output.NewTree(filepath.Join(root, fmt.Sprint("public", i)), nil)
			if err != nil {
				b.Fatal(err)
			}
			parallel(len(s.pages), func(j int) {
				if err := tree.Add(s.model.Pages[j].OutPath, s.pages[j]); err != nil {
					panic(err)
				}
			})
			if _, err := tree.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBuild is a whole build as a user runs it, into a fresh folder each time.
func BenchmarkBuild(b *testing.B) {
	forSizes(b, func(b *testing.B, n int) {
		dir := corpus(b, n)
		root := b.TempDir()
		bl := NewBuilder()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			_, err := bl.Build(context.Background(), Options{Source: os.DirFS(dir), Dest: filepath.Join(root, fmt.Sprint("public", i)), CheckLinks: true})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
