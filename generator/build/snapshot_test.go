package build

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
	"unsafe"
)

// testMatcherDir is the matcher snapshot folder the tests' builds share (TestMain), so that
// each build reads the place matcher instead of making it again.
var testMatcherDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-build-test")
	if err != nil {
		panic(err)
	}
	testMatcherDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestMatcherSnapshot: a build with a cache leaves a snapshot of its place matcher there;
// the next build reads it instead of building the matcher; a damaged snapshot is built
// again and written again; the output is a clean build's every time.
func TestMatcherSnapshot(t *testing.T) {
	dir := copySite(t)
	dest := filepath.Join(t.TempDir(), "public")
	opts := cachedOpts(dir, dest)
	opts.MatcherDir = "" // the build cache folder
	ctx := context.Background()
	var snap string
	build := func(step string, wantRead bool) {
		t.Helper()
		bl := NewBuilder()
		if _, err := bl.Build(ctx, opts); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if got := bl.snapshotsRead == 1; got != wantRead || bl.snapshotsRead+bl.matchersBuilt != 1 {
			t.Fatalf("%s: %d snapshots read, %d matchers built; want the snapshot read: %v", step, bl.snapshotsRead, bl.matchersBuilt, wantRead)
		}
		snaps, _ := filepath.Glob(filepath.Join(CacheDir(dest), matcherSnapshotPrefix+"*"))
		if len(snaps) != 1 {
			t.Fatalf("%s: matcher snapshots %v, want one", step, snaps)
		}
		snap = snaps[0]
		want, err := cleanTree(t, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !diffTrees(t, readTree(t, dest), want) {
			t.Fatalf("%s: the output differs from a clean build", step)
		}
	}
	build("first build", false)
	appendTo(t, filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"), "\nTroops later reached Mosul and Tal Afar.\n")
	build("an edit", true)

	data, err := os.ReadFile(snap)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x55
	if err := os.WriteFile(snap, data, 0o644); err != nil {
		t.Fatal(err)
	}
	appendTo(t, filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"), "\nThen Raqqa.\n")
	build("a damaged snapshot", false)
	appendTo(t, filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"), "\nThen Kirkuk.\n")
	build("the snapshot written again", true)

	// Other place options: the snapshot does not apply.
	yaml := filepath.Join(dir, "site.yaml")
	cfg, _ := os.ReadFile(yaml)
	if err := os.WriteFile(yaml, append(cfg, []byte("\n# a comment changes no option\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	build("site.yaml with the same options", true)
}

// TestAnnotationsPartsReused: an incremental build copies the unchanged briefings' parts
// of annotations.json from the file the last build wrote, and encodes everything when that
// file is not the one the cache describes.
func TestAnnotationsPartsReused(t *testing.T) {
	dir, dest, opts, first := firstCachedBuild(t)
	briefings := len(first.Site.Briefings)
	edit := func(text string) *Result {
		t.Helper()
		return editAndBuild(t, dir, dest, opts, text)
	}
	if res := edit("\nA strike near Hit destroyed 3 boats.\n"); res.reusedAnnotations != briefings-1 {
		t.Errorf("an edit to one briefing: %d parts reused, want %d", res.reusedAnnotations, briefings-1)
	}

	// The file changed behind the build's back (same size): nothing is taken from it.
	name := filepath.Join(dest, annotationsPage)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	i := len(data) / 2
	for data[i] == 'x' || data[i] == '"' || data[i] == '\\' {
		i++
	}
	data[i] = 'x'
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if res := edit("\nAnother strike near Hit destroyed 4 boats.\n"); res.reusedAnnotations != 0 {
		t.Errorf("a changed annotations.json: %d parts reused, want none", res.reusedAnnotations)
	}
	// The file it wrote then is described again.
	if res := edit("\nA third strike.\n"); res.reusedAnnotations != briefings-1 {
		t.Errorf("after a full encoding: %d parts reused, want %d", res.reusedAnnotations, briefings-1)
	}
}

// firstCachedBuild builds a copy of the sample site with a build cache.
func firstCachedBuild(t *testing.T) (dir, dest string, opts Options, first *Result) {
	t.Helper()
	dir = copySite(t)
	dest = filepath.Join(t.TempDir(), "public")
	opts = cachedOpts(dir, dest)
	first, err := NewBuilder().Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return dir, dest, opts, first
}

// TestSharedMatcherDir: with Options.MatcherDir, a build into a new folder reads the
// snapshot another build left there; the folder keeps the newest few snapshots.
func TestSharedMatcherDir(t *testing.T) {
	dir := copySite(t)
	shared := t.TempDir()
	for i := range keptSnapshots + 2 { // snapshots of other programs, oldest first
		name := filepath.Join(shared, fmt.Sprintf("%sold%d", matcherSnapshotPrefix, i))
		os.WriteFile(name, []byte("old"), 0o644)
		old := time.Now().Add(time.Duration(i-100) * time.Hour)
		os.Chtimes(name, old, old)
	}
	stale := filepath.Join(shared, ".tmp-"+matcherSnapshotPrefix+"123")
	os.WriteFile(stale, []byte("cut short"), 0o644)
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(stale, old, old)
	for i, wantRead := range []bool{false, true} {
		opts := cachedOpts(dir, filepath.Join(t.TempDir(), "public"))
		opts.MatcherDir = shared
		bl := NewBuilder()
		if _, err := bl.Build(context.Background(), opts); err != nil {
			t.Fatal(err)
		}
		if got := bl.snapshotsRead == 1; got != wantRead {
			t.Errorf("build %d into a new folder: snapshot read %v, want %v", i+1, got, wantRead)
		}
		if own, _ := filepath.Glob(filepath.Join(CacheDir(opts.Dest), matcherSnapshotPrefix+"*")); len(own) != 0 {
			t.Errorf("build %d left a snapshot in its own cache folder: %v", i+1, own)
		}
	}
	snaps, _ := filepath.Glob(filepath.Join(shared, matcherSnapshotPrefix+"*"))
	if len(snaps) != keptSnapshots {
		t.Errorf("the shared folder keeps %d snapshots, want %d: %v", len(snaps), keptSnapshots, snaps)
	}
	if _, err := os.Stat(filepath.Join(shared, fmt.Sprintf("%sold%d", matcherSnapshotPrefix, 0))); err == nil {
		t.Error("the oldest snapshot was kept")
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a snapshot cut short two hours ago was kept")
	}
}

// TestRestoreChecksFigures: a briefing whose packed figures do not match their checksum is
// not restored from the cache (the build converts it again from its file).
func TestRestoreChecksFigures(t *testing.T) {
	_, _, opts, _ := firstCachedBuild(t)
	cf := loadCache(opts)
	if cf == nil {
		t.Fatal("no cache")
	}
	bad := -1
	for i, d := range cf.docs {
		if d.FigLen > 0 {
			bad = i
			break
		}
	}
	if bad < 0 {
		t.Fatal("no briefing with figures")
	}
	cf.docs[bad].FigCRC ^= 1
	s := NewBuilder().NewSession(opts)
	s.restore(cf)
	if _, ok := s.docs[cf.docs[bad].Path]; ok {
		t.Error("a briefing with damaged figures was restored")
	}
	if len(s.docs) != len(cf.docs)-1 {
		t.Errorf("restored %d of %d briefings, want all but one", len(s.docs), len(cf.docs))
	}
}

// TestRestoreCopiesFigures: the restored briefings' packed figures are copies, not views of
// the mapped bodies file, so that reading them all (lists, timelines, signatures) does not keep
// the file's pages in use; the bodies stay views of it.
func TestRestoreCopiesFigures(t *testing.T) {
	_, _, opts, _ := firstCachedBuild(t)
	cf := loadCache(opts)
	if cf == nil {
		t.Fatal("no cache")
	}
	defer cf.unmap()
	s := NewBuilder().NewSession(opts)
	s.restore(cf)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(cf.bodies)))
	hi := lo + uintptr(len(cf.bodies))
	inFile := func(b []byte) bool {
		p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
		return len(b) > 0 && p >= lo && p < hi
	}
	figures, bodies := 0, 0
	for _, d := range s.docs {
		if data := d.in.Figures.Data(); len(data) > 0 {
			figures++
			if inFile(data) {
				t.Errorf("%s: figures read from the mapped file", d.b.Path)
			}
		}
		if inFile(d.in.HTML) {
			bodies++
		}
	}
	if figures == 0 || bodies == 0 {
		t.Errorf("%d briefings with figures, %d bodies in the mapped file; want some of each", figures, bodies)
	}
}

// TestListItemsFromTheCache: an incremental build that renders list pages takes the items of
// the briefings it did not change from the build cache and appends the items it rendered to
// the file; the records after a cut or a damaged one are ignored (and appended over); a file
// labelled for another program is ignored; the output is a clean build's every time.
func TestListItemsFromTheCache(t *testing.T) {
	dir, dest, opts, _ := firstCachedBuild(t)
	items := filepath.Join(CacheDir(dest), itemsName)
	if _, err := os.Stat(items); err != nil {
		t.Fatalf("no items file: %v", err)
	}
	step := 0
	edit := func() *Result {
		t.Helper()
		step++
		// A place the briefing did not name: it joins the place's list, whose pages render.
		return editAndBuild(t, dir, dest, opts,
			fmt.Sprintf("\nSeparately, %d strikes hit targets near %s.\n", step, []string{"Baiji", "Tikrit", "Sinjar", "Haditha", "Fallujah"}[step-1]))
	}
	// sound reports the records of the file and whether all of it is sound.
	sound := func() (int, bool) {
		t.Helper()
		data, err := os.ReadFile(items)
		if err != nil {
			t.Fatal(err)
		}
		// The label: the magic line, the program and the options (each after its length),
		// the sums of site.yaml and the layouts, and the item level.
		at := len(itemsMagic)
		for range 2 {
			n, k := binary.Uvarint(data[at:])
			at += k + int(n)
		}
		label := data[:at+8+8+1]
		_, disk := readItems(items, label)
		if disk == nil {
			t.Fatal("the items file has no label")
		}
		return disk.records, disk.end == int64(len(data))
	}
	before, _ := os.ReadFile(items)
	n0, _ := sound()
	if res := edit(); res.sharedItems == 0 {
		t.Error("no list item was taken from the cache")
	}
	after, _ := os.ReadFile(items)
	n1, ok := sound()
	if !ok || n1 <= n0 || !bytes.Equal(after[:len(before)], before) {
		t.Errorf("the items rendered were not appended: %d records then %d (sound: %v)", n0, n1, ok)
	}
	// A cut in the middle of a record: the records before it serve, the next ones are
	// appended in its place.
	os.WriteFile(items, after[:len(after)/2], 0o644)
	edit()
	if _, ok := sound(); !ok {
		t.Error("an append left the cut record in the file")
	}
	// A damaged record: the reader stops there.
	data, _ := os.ReadFile(items)
	data[len(data)*3/4] ^= 1
	os.WriteFile(items, data, 0o644)
	edit()
	if _, ok := sound(); !ok {
		t.Error("an append left the damaged record in the file")
	}
	data, _ = os.ReadFile(items)
	data[len(itemsMagic)+2] ^= 1 // the label: another program
	os.WriteFile(items, data, 0o644)
	if res := edit(); res.sharedItems != 0 {
		t.Errorf("%d items taken from a file of another program", res.sharedItems)
	}
}

// editAndBuild appends text to a sample briefing, builds, and checks the output against a
// clean build.
func editAndBuild(t *testing.T, dir, dest string, opts Options, text string) *Result {
	t.Helper()
	appendTo(t, filepath.Join(dir, "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"), text)
	res, err := NewBuilder().Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	want, err := cleanTree(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !diffTrees(t, readTree(t, dest), want) {
		t.Fatal("the output differs from a clean build")
	}
	return res
}

// TestAnnotationsListParts: a list of numbers sharing one unit keeps every item in
// annotations.json's "parts" column, not only the first in "value".
func TestAnnotationsListParts(t *testing.T) {
	dir, dest, opts, _ := firstCachedBuild(t)
	editAndBuild(t, dir, dest, opts, "\nThe carriers displace roughly 60,000 and 66,000 tons.\n")
	data, err := os.ReadFile(filepath.Join(dest, annotationsPage))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Columns   map[string][]string `json:"columns"`
		Briefings []struct {
			Figures [][]any `json:"figures"`
		} `json:"briefings"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	text, parts := slices.Index(doc.Columns["figure"], "text"), slices.Index(doc.Columns["figure"], "parts")
	if text < 0 || parts < 0 {
		t.Fatalf("columns %v: no text or parts", doc.Columns["figure"])
	}
	found := false
	for _, b := range doc.Briefings {
		for _, f := range b.Figures {
			if f[text] == "roughly 60,000 and 66,000 tons" {
				found = true
				if got := fmt.Sprint(f[parts]); got != "[60000 66000]" {
					t.Errorf("parts %s, want [60000 66000]", got)
				}
			} else if f[parts] != nil {
				t.Errorf("%v: parts %v, want null", f[text], f[parts])
			}
		}
	}
	if !found {
		t.Error("the list figure is missing")
	}
}
