package build

import (
	"bytes"
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cachedOpts are the options of `sitrep build` (a build cache, incremental updates) for a
// copy of the sample site.
func cachedOpts(dir, dest string) Options {
	return Options{Source: DirFS(dir), Dest: dest, Now: buildNow, Drafts: true, CheckLinks: true, Cache: true, Incremental: true,
		MatcherDir: testMatcherDir}
}

// cleanTree builds opts.Source into a new folder without a cache and returns its files.
func cleanTree(t *testing.T, opts Options) (map[string][]byte, error) {
	t.Helper()
	opts.Cache, opts.Incremental = false, false
	opts.Dest = filepath.Join(t.TempDir(), "public")
	if opts.MatcherDir == "" {
		opts.MatcherDir = testMatcherDir
	}
	if _, err := NewBuilder().Build(context.Background(), opts); err != nil {
		return nil, err
	}
	return readTree(t, opts.Dest), nil
}

func appendTo(t *testing.T, name, text string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, append(data, text...), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIncrementalBuildWritesOnlyWhatChanged(t *testing.T) {
	dir, dest, opts, first := firstCachedBuild(t)
	ctx := context.Background()
	if first.Stats.Incremental || first.Stats.Written != first.Stats.Files {
		t.Fatalf("first build: %+v", first.Stats)
	}
	if _, err := os.Stat(filepath.Join(CacheDir(dest), cacheFileName)); err != nil {
		t.Fatalf("no build cache: %v", err)
	}

	// Nothing changed: nothing written.
	again, err := NewBuilder().Build(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Stats.Incremental || again.Stats.Written != 0 || again.Stats.Removed != 0 || again.Stats.Unchanged != first.Stats.Files {
		t.Errorf("a build without changes: %+v", again.Stats)
	}

	// One briefing changed: its page is written again, and little else.
	rel := "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"
	appendTo(t, filepath.Join(dir, rel), "\nA new closing line.\n")
	up, err := NewBuilder().Build(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !up.Stats.Incremental || up.Stats.Written == 0 || up.Stats.Written > 4 || up.Stats.Removed != 0 {
		t.Errorf("an edit to one briefing: %+v", up.Stats)
	}
	page := filepath.Join(dest, "briefings/2014/10/operation-inherent-resolve-named/index.html")
	if data, _ := os.ReadFile(page); !bytes.Contains(data, []byte("A new closing line.")) {
		t.Errorf("the edited briefing's page was not written")
	}
	want, err := cleanTree(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !diffTrees(t, readTree(t, dest), want) {
		t.Fatal("the incremental build differs from a clean build")
	}

	// A briefing removed: its page goes, the lists follow.
	if err := os.Remove(filepath.Join(dir, rel)); err != nil {
		t.Fatal(err)
	}
	rm, err := NewBuilder().Build(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !rm.Stats.Incremental || rm.Stats.Removed == 0 {
		t.Errorf("a removed briefing: %+v", rm.Stats)
	}
	if _, err := os.Stat(page); err == nil {
		t.Errorf("the removed briefing's page is still there")
	}
	if _, err := os.Stat(filepath.Dir(page)); err == nil {
		t.Errorf("the removed briefing's folder is still there")
	}
	want, _ = cleanTree(t, opts)
	if !diffTrees(t, readTree(t, dest), want) {
		t.Fatal("after a removal, the incremental build differs from a clean build")
	}
}

func TestIncrementalBuildBadEditLeavesOutputAlone(t *testing.T) {
	dir := copySite(t)
	dest := filepath.Join(t.TempDir(), "public")
	opts := cachedOpts(dir, dest)
	ctx := context.Background()
	if _, err := NewBuilder().Build(ctx, opts); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)
	manifest, _ := os.ReadFile(filepath.Join(filepath.Dir(dest), ".public.manifest"))
	rel := filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md")
	good, _ := os.ReadFile(rel)
	os.WriteFile(rel, bytes.Replace(good, []byte("title ="), []byte("titel ="), 1), 0o644)
	if _, err := NewBuilder().Build(ctx, opts); err == nil {
		t.Fatal("a briefing without a title built")
	}
	// A broken link in a briefing fails the build too.
	os.WriteFile(rel, append(append([]byte(nil), good...), "\n[gone](/briefings/nowhere/)\n"...), 0o644)
	if _, err := NewBuilder().Build(ctx, opts); err == nil || !strings.Contains(err.Error(), "broken link") {
		t.Fatalf("a broken link: %v", err)
	}
	if !diffTrees(t, readTree(t, dest), before) {
		t.Fatal("a failed build changed the output")
	}
	if now, _ := os.ReadFile(filepath.Join(filepath.Dir(dest), ".public.manifest")); !bytes.Equal(now, manifest) {
		t.Error("a failed build changed the manifest")
	}
	// The cache written while the failed build rendered was removed; the old one stays.
	if tmps, _ := filepath.Glob(filepath.Join(CacheDir(dest), "*.tmp")); len(tmps) > 0 {
		t.Errorf("a failed build left temporary cache files: %v", tmps)
	}
	os.WriteFile(rel, append(append([]byte(nil), good...), "\nFixed.\n"...), 0o644)
	res, err := NewBuilder().Build(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Stats.Incremental {
		t.Errorf("after a failed build, the cache was not used: %+v", res.Stats)
	}
	want, _ := cleanTree(t, opts)
	diffTrees(t, readTree(t, dest), want)
}

func TestIncrementalBuildFallsBackToFull(t *testing.T) {
	dir := copySite(t)
	dest := filepath.Join(t.TempDir(), "public")
	opts := cachedOpts(dir, dest)
	ctx := context.Background()
	build := func(what string, wantIncremental bool) {
		t.Helper()
		res, err := NewBuilder().Build(ctx, opts)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if res.Stats.Incremental != wantIncremental {
			t.Errorf("%s: incremental %v, want %v (%+v)", what, res.Stats.Incremental, wantIncremental, res.Stats)
		}
		if err := res.Cleanup(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(trashDir(dest)); err == nil {
			t.Errorf("%s: the replaced tree is still in the cache folder after Cleanup", what)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.tmp-*")); len(left) > 0 {
			t.Errorf("%s: left %v", what, left)
		}
		want, _ := cleanTree(t, opts)
		if !diffTrees(t, readTree(t, dest), want) {
			t.Fatalf("%s: the build differs from a clean build", what)
		}
	}
	build("first", false)
	build("unchanged", true)
	appendTo(t, filepath.Join(dir, "layouts/base.html"), "\n")
	build("layout changed", false)
	build("unchanged", true)
	data, _ := os.ReadFile(filepath.Join(dir, "site.yaml"))
	os.WriteFile(filepath.Join(dir, "site.yaml"), bytes.Replace(data, []byte("paginate: 10"), []byte("paginate: 4"), 1), 0o644)
	build("site.yaml changed", false)

	cache := CacheDir(dest)
	state := filepath.Join(cache, cacheFileName)
	os.WriteFile(state, []byte("not a cache"), 0o644)
	build("corrupt state", false)
	shard := filepath.Join(cache, shardName(3))
	data, _ = os.ReadFile(shard)
	os.WriteFile(shard, data[:len(data)/2], 0o644)
	build("truncated docs file", false)
	os.Truncate(filepath.Join(cache, bodiesName), 10)
	build("truncated bodies", false)
	var cf cacheFile
	if err := readState(state, &cf); err != nil {
		t.Fatal(err)
	}
	cf.Format++
	writeState(state, &cf)
	build("other cache format", false)
	cf.Format--
	cf.Program = "another sitrep"
	writeState(state, &cf)
	build("another program", false)
	build("unchanged", true)
	os.WriteFile(filepath.Join(dest, "index.html"), []byte("changed by hand"), 0o644)
	os.WriteFile(filepath.Join(filepath.Dir(dest), ".public.manifest"), []byte("x"), 0o644)
	build("manifest changed", false)
	os.RemoveAll(dest)
	build("output removed", false)
	opts.BaseURL = "https://example.org/other/"
	build("base URL changed", false)
	opts.Incremental = false
	build("--incremental=false", false)
}

// TestIncrementalBuildRandomEditsMatchCleanBuild runs the session test's random edits
// through incremental builds of a folder on disk, each compared with a clean build.
func TestIncrementalBuildRandomEditsMatchCleanBuild(t *testing.T) {
	dir := copySite(t)
	data, _ := os.ReadFile(filepath.Join(dir, "site.yaml"))
	os.WriteFile(filepath.Join(dir, "site.yaml"), bytes.Replace(data, []byte("paginate: 10"), []byte("paginate: 3"), 1), 0o644)
	steps := 25
	if testing.Short() {
		steps = 10
	}
	ctx := context.Background()
	dest := filepath.Join(t.TempDir(), "public")
	opts := cachedOpts(dir, dest)
	opts.CheckLinks = false // the random edits make links the sample site's layouts do not check
	if _, err := NewBuilder().Build(ctx, opts); err != nil {
		t.Fatal(err)
	}
	e := &editor{t: t, dir: dir, rnd: rand.New(rand.NewSource(8)), mine: map[string]*fakeBriefing{}}
	incremental := 0
	for i := 0; i < steps; i++ {
		what, _ := e.step()
		before := readTree(t, dest)
		res, err := NewBuilder().Build(ctx, opts)
		want, ferr := cleanTree(t, opts)
		if (err == nil) != (ferr == nil) {
			t.Fatalf("step %d (%s): incremental error %v, clean build error %v", i, what, err, ferr)
		}
		if err != nil {
			if !diffTrees(t, readTree(t, dest), before) {
				t.Fatalf("step %d (%s): a failed build changed the output", i, what)
			}
			continue
		}
		if res.Stats.Incremental {
			incremental++
		}
		if !diffTrees(t, readTree(t, dest), want) {
			t.Fatalf("step %d (%s): the output differs from a clean build", i, what)
		}
		t.Logf("step %d: %s: %+v", i, what, res.Stats)
	}
	if incremental == 0 {
		t.Error("no build was incremental")
	}
}

// TestLayoutPrintingMarkdown: a build lets go of each briefing's markdown once it is
// converted, and its cache does not keep it, unless a layout prints it (.Body): then every
// page shows it, in a first build and in the next, as a clean build does.
func TestLayoutPrintingMarkdown(t *testing.T) {
	dir := copySite(t)
	layout := filepath.Join(dir, "layouts", "briefing.html")
	data, err := os.ReadFile(layout)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`<div class="body">`), []byte(`<pre class="source">{{printf "%s" .Body}}</pre><div class="body">`), 1)
	if err := writeFile(layout, data); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	opts := cachedOpts(dir, dest)
	ctx := context.Background()
	page := filepath.Join(dest, "briefings/2014/10/operation-inherent-resolve-named/index.html")
	shows := func(what string) bool {
		got, _ := os.ReadFile(page)
		return bytes.Contains(got, []byte(what))
	}
	if _, err := NewBuilder().Once().Build(ctx, opts); err != nil {
		t.Fatal(err)
	}
	if !shows(`<pre class=source>`) || shows(`<pre class=source></pre>`) {
		t.Fatal("the first build's page does not show the briefing's markdown")
	}
	appendTo(t, filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"), "\nA *new* closing line.\n")
	if _, err := NewBuilder().Once().Build(ctx, opts); err != nil {
		t.Fatal(err)
	}
	if !shows("A *new* closing line.") {
		t.Error("the next build's page does not show the edited markdown")
	}
	want, err := cleanTree(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !diffTrees(t, readTree(t, dest), want) {
		t.Fatal("the second build differs from a clean build")
	}
}

// TestContentListedHook: a build with a cache says how many briefing files it found, in a
// full build and in an incremental one.
func TestContentListedHook(t *testing.T) {
	dir := copySite(t)
	files := 0
	filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files++
		}
		return nil
	})
	opts := cachedOpts(dir, filepath.Join(t.TempDir(), "public"))
	for _, step := range []string{"full", "incremental"} {
		var got []int
		opts.ContentListed = func(n int) { got = append(got, n) }
		if _, err := NewBuilder().Build(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != files {
			t.Errorf("%s build: told %v, want [%d]", step, got, files)
		}
	}
}
