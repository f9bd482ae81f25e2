package output

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func keys(m map[string]string) string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return strings.Join(k, " ")
}

func TestTreeCommitReplacesAndRemovesStaleFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	tr, err := NewTree(dest, NewMinifier())
	if err != nil {
		t.Fatal(err)
	}
	must(t, tr.Add("index.html", []byte("<html>\n  <body>\n    <p>  Hello   </p>\n  </body>\n</html>\n")))
	must(t, tr.Add("old/index.html", []byte("<p>old</p>")))
	must(t, tr.Add("css/site.css", []byte("body {\n  color : red ;\n}\n")))
	must(t, tr.Add("img/a.png", []byte("\x89PNG  raw  bytes")))
	if _, err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	got := readTree(t, dest)
	if got["css/site.css"] != "body{color:red}" {
		t.Errorf("css not minified: %q", got["css/site.css"])
	}
	if !strings.Contains(got["index.html"], "<p>Hello</p>") || strings.Contains(got["index.html"], "\n  ") {
		t.Errorf("html not minified: %q", got["index.html"])
	}
	if got["img/a.png"] != "\x89PNG  raw  bytes" {
		t.Errorf("binary changed: %q", got["img/a.png"])
	}

	tr2, _ := NewTree(dest, nil)
	must(t, tr2.Add("index.html", []byte("<p>  new  </p>")))
	must(t, tr2.Add("css/site.css", []byte("body {\n  color : red ;\n}\n")))
	st, err := tr2.Commit()
	if err != nil {
		t.Fatal(err)
	}
	got = readTree(t, dest)
	if keys(got) != "css/site.css index.html" {
		t.Errorf("stale files kept: %s", keys(got))
	}
	if got["index.html"] != "<p>  new  </p>" {
		t.Errorf("minify off still minified: %q", got["index.html"])
	}
	if st.Files != 2 {
		t.Errorf("stats %+v", st)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary folder left behind: %s", e.Name())
		}
	}
}

func TestTreeLinksUnchangedFiles(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	for round := 0; round < 2; round++ {
		tr, err := NewTree(dest, nil)
		if err != nil {
			t.Fatal(err)
		}
		must(t, tr.Add("same.txt", []byte("same")))
		must(t, tr.Add("changes.txt", []byte{byte('a' + round)}))
		st, err := tr.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if want := round; st.Linked != want {
			t.Errorf("round %d: linked %d, want %d", round, st.Linked, want)
		}
	}
	got := readTree(t, dest)
	if got["same.txt"] != "same" || got["changes.txt"] != "b" {
		t.Errorf("tree %v", got)
	}
}

func TestTreeAbortLeavesDestination(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	tr, _ := NewTree(dest, nil)
	must(t, tr.Add("index.html", []byte("good")))
	if _, err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	tr2, _ := NewTree(dest, nil)
	must(t, tr2.Add("index.html", []byte("bad")))
	tr2.Abort()
	if got := readTree(t, dest); got["index.html"] != "good" || len(got) != 1 {
		t.Errorf("destination changed by an aborted tree: %v", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(dest))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary folder left behind: %s", e.Name())
		}
	}
}

func TestTreeRejectsBadPaths(t *testing.T) {
	tr, _ := NewTree(filepath.Join(t.TempDir(), "public"), nil)
	defer tr.Abort()
	for _, p := range []string{"../x", "/etc/x", ".", "a/../../x"} {
		if err := tr.Add(p, nil); err == nil {
			t.Errorf("path %q accepted", p)
		}
	}
	must(t, tr.Add("a.txt", nil))
	if err := tr.Add("a.txt", nil); err == nil {
		t.Error("duplicate path accepted")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A streamed file is written as given, counted, observed with nil data, and recorded in the
// manifest with the sum its bytes have, so that the next tree links it when unchanged.
func TestTreeAddStream(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	big := strings.Repeat(`{"a":[1,2,3]}`, 50000)
	for round := 0; round < 2; round++ {
		tr, err := NewTree(dest, NewMinifier())
		if err != nil {
			t.Fatal(err)
		}
		var observed []string
		tr.Observe(func(p string, data []byte) {
			if data != nil {
				t.Errorf("observed %s with data", p)
			}
			observed = append(observed, p)
		})
		must(t, tr.AddStream("data/big.json", func(w io.Writer) error {
			for i := 0; i < len(big); i += 7000 { // many writes, not one
				if _, err := io.WriteString(w, big[i:min(i+7000, len(big))]); err != nil {
					return err
				}
			}
			return nil
		}))
		if err := tr.AddStream("data/big.json", func(io.Writer) error { return nil }); err == nil {
			t.Error("a path streamed twice was accepted")
		}
		if err := tr.AddStream("../out.json", func(io.Writer) error { return nil }); err == nil {
			t.Error("a path outside the site was accepted")
		}
		st, err := tr.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if st.Bytes != int64(len(big)) || len(observed) != 1 || observed[0] != "data/big.json" {
			t.Errorf("round %d: bytes %d, observed %v", round, st.Bytes, observed)
		}
		if got := readTree(t, dest)["data/big.json"]; got != big {
			t.Errorf("round %d: streamed file has %d bytes, want %d, unminified", round, len(got), len(big))
		}
		if sum := readManifest(ManifestName(dest), dest)["data/big.json"]; sum != hash([]byte(big)) {
			t.Errorf("round %d: manifest sum %x, want %x", round, sum, hash([]byte(big)))
		}
	}
	// A tree that adds the same bytes whole links them: the streamed sum is the same sum.
	tr, err := NewTree(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	must(t, tr.AddRaw("data/big.json", []byte(big)))
	st, err := tr.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if st.Linked != 1 {
		t.Errorf("linked %d, want 1", st.Linked)
	}
}

// A write that fails is the tree's error, and nothing of it reaches the destination.
func TestTreeAddStreamError(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	tr, err := NewTree(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err = tr.AddStream("a.json", func(w io.Writer) error {
		io.WriteString(w, "{")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	tr.Abort()
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Errorf("destination exists after an aborted tree: %v", err)
	}
}

// A Patch's stream waits beside the destination until Commit, which writes it only when its
// bytes changed; Abort, or a failed write, leaves nothing behind.
func TestPatchAddStream(t *testing.T) {
	root := t.TempDir()
	dest := filepath.Join(root, "public")
	tr, err := NewTree(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	must(t, tr.AddRaw("index.html", []byte("<p>hi</p>")))
	must(t, tr.AddRaw("data/big.json", []byte("[1]")))
	if _, err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	stream := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	strays := func() {
		t.Helper()
		entries, _ := os.ReadDir(root)
		for _, e := range entries {
			if strings.Contains(e.Name(), ".stream-") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
	// Abandoned: the destination and its folder are as they were.
	p, err := OpenPatch(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	must(t, p.Keep("index.html"))
	must(t, p.AddStream("data/big.json", stream("[2]")))
	if err := p.AddStream("data/big.json", stream("[3]")); err == nil {
		t.Error("a path streamed twice was accepted")
	}
	if got := p.Changed(); len(got) != 1 || got[0] != "data/big.json" {
		t.Errorf("changed %v", got)
	}
	p.Abort()
	strays()
	if got := readTree(t, dest)["data/big.json"]; got != "[1]" {
		t.Errorf("after abort: %q", got)
	}
	// Unchanged bytes: nothing written.
	p, _ = OpenPatch(dest, nil)
	must(t, p.Keep("index.html"))
	must(t, p.AddStream("data/big.json", stream("[1]")))
	if st, err := p.Commit(); err != nil || st.Written != 0 {
		t.Errorf("unchanged stream: written %d, %v", st.Written, err)
	}
	strays()
	// Changed, and a new file in a new folder.
	p, _ = OpenPatch(dest, nil)
	must(t, p.Keep("index.html"))
	must(t, p.AddStream("data/big.json", stream("[4]")))
	must(t, p.AddStream("new/x.json", stream("{}")))
	if err := p.AddStream("data/fail.json", func(io.Writer) error { return errors.New("boom") }); err == nil {
		t.Error("a failed stream was accepted")
	}
	p.Abort()
	strays()
	p, _ = OpenPatch(dest, nil)
	must(t, p.Keep("index.html"))
	must(t, p.AddStream("data/big.json", stream("[4]")))
	must(t, p.AddStream("new/x.json", stream("{}")))
	st, err := p.Commit()
	if err != nil || st.Written != 2 {
		t.Fatalf("written %d, %v", st.Written, err)
	}
	strays()
	got := readTree(t, dest)
	if got["data/big.json"] != "[4]" || got["new/x.json"] != "{}" || got["index.html"] != "<p>hi</p>" {
		t.Errorf("after commit: %v", got)
	}
	if sum := readManifest(ManifestName(dest), dest)["data/big.json"]; sum != hash([]byte("[4]")) {
		t.Errorf("manifest sum %x, want %x", sum, hash([]byte("[4]")))
	}
}

func TestTreeMovesOldTreeToTrash(t *testing.T) {
	root := t.TempDir()
	dest := filepath.Join(root, "public")
	trash := filepath.Join(root, "trash")
	for round := 0; round < 3; round++ {
		tr, err := NewTree(dest, nil)
		if err != nil {
			t.Fatal(err)
		}
		tr.MoveOldTo(trash)
		must(t, tr.Add("index.html", []byte{byte('a' + round)}))
		if _, err := tr.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if got := readTree(t, dest); got["index.html"] != "c" || len(got) != 1 {
		t.Errorf("destination %v", got)
	}
	old, _ := os.ReadDir(trash)
	if len(old) != 2 {
		t.Errorf("trash holds %d trees, want the 2 replaced", len(old))
	}
	for _, e := range old {
		if got := readTree(t, filepath.Join(trash, e.Name())); len(got) != 1 {
			t.Errorf("old tree %s: %v", e.Name(), got)
		}
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary folder left behind: %s", e.Name())
		}
	}
	if err := RemoveTrash(trash); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(trash); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("trash still there: %v", err)
	}
}
