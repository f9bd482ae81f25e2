package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain keeps the tests' matcher snapshots out of the user's cache folder.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("SITREP_CACHE_DIR", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestMatcherDir(t *testing.T) {
	t.Setenv("SITREP_CACHE_DIR", "/some/where")
	if got := matcherDir(); got != "/some/where" {
		t.Errorf("SITREP_CACHE_DIR=/some/where: %q", got)
	}
	t.Setenv("SITREP_CACHE_DIR", "off")
	if got := matcherDir(); got != "" {
		t.Errorf("SITREP_CACHE_DIR=off: %q", got)
	}
	t.Setenv("SITREP_CACHE_DIR", "")
	t.Setenv("XDG_CACHE_HOME", "/xdg")
	t.Setenv("HOME", "/home/x")
	if got := matcherDir(); got != filepath.Join("/xdg", "sitrep") && got != filepath.Join("/home/x", "Library", "Caches", "sitrep") {
		t.Errorf("with a user cache folder: %q", got)
	}
}

func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"layouts", "static"} {
		copyDir(t, filepath.Join("..", d), filepath.Join(dir, d))
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

func runCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCLIUsage(t *testing.T) {
	if code, out, _ := runCLI("version"); code != 0 || !strings.HasPrefix(out, "sitrep ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, out, _ := runCLI("help"); code != 0 || !strings.Contains(out, "--base-url") {
		t.Errorf("help: %d %q", code, out)
	}
	if code, _, errOut := runCLI("frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: %d %q", code, errOut)
	}
	if code, _, _ := runCLI("build", "--no-such-flag"); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	if code, _, errOut := runCLI("build", "--source", filepath.Join(t.TempDir(), "none")); code != 1 || !strings.Contains(errOut, "does not exist") {
		t.Errorf("missing source: %d %q", code, errOut)
	}
}

func TestCLIBuildAndCheck(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"site.yaml":    "title: T\nbaseURL: https://user.github.io/archive/\n",
		"content/a.md": "---\ntitle: A\ndate: 2017-10-17\n---\nIraqi forces cleared 26 square kilometers [10 square miles] near Mosul.\n",
		"content/b.md": "---\ntitle: B\ndate: 2017-10-18\n---\nSee [the first briefing](/briefings/2017/10/a/).\n",
	})
	code, out, errOut := runCLI("build", "--source", dir)
	if code != 0 || !strings.HasPrefix(out, "built ") {
		t.Fatalf("build: %d %q %q", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "briefings", "2017", "10", "a", "index.html")); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI("check", "--source", dir); code != 0 || !strings.Contains(out, "links ok") {
		t.Fatalf("check: %d %q %q", code, out, errOut)
	}

	// A broken link in a briefing fails the build with the file, line and link, and the
	// last good site stays.
	os.WriteFile(filepath.Join(dir, "content", "b.md"), []byte("---\ntitle: B\ndate: 2017-10-18\n---\nSee\n[a missing briefing](/briefings/2017/10/nope/).\n"), 0o644)
	code, _, errOut = runCLI("build", "--source", dir)
	if code != 1 || !strings.Contains(errOut, `content/b.md:6:22: broken link "/archive/briefings/2017/10/nope/"`) {
		t.Fatalf("broken link: %d %q", code, errOut)
	}
	good, _ := os.ReadFile(filepath.Join(dir, "public", "briefings", "2017", "10", "b", "index.html"))
	if !strings.Contains(string(good), "the first briefing") {
		t.Error("public/ lost the last good build")
	}
	if code, _, _ := runCLI("build", "--source", dir, "--check=false"); code != 0 {
		t.Errorf("--check=false still failed")
	}
	if code, _, errOut := runCLI("check", "--source", dir); code != 1 || !strings.Contains(errOut, "nope") {
		t.Errorf("check of a broken site: %d %q", code, errOut)
	}
}

func TestCLIEval(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mixed.jsonl")
	rows := `{"id":"f1","text":"They cleared 1,083 square kilometers near Mosul.","places":null,"figures":[{"start":13,"end":36,"value":1083,"unit":"km2","surface":"1,083 square kilometers"}],"scope":"all-quantities"}
{"id":"p1","text":"Fighting continued in Mosul and Raqqa.","places":[{"start":21,"end":26,"name":"Mosul","country":"IQ","lat":36.335,"lon":43.119,"surface":"Mosul"},{"start":31,"end":36,"name":"Raqqa","country":"SY","lat":35.95,"lon":39.01,"surface":"Raqqa"}],"figures":null}
`
	if err := os.WriteFile(file, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("eval", "--json", file)
	if code != 0 {
		t.Fatalf("eval: %d %s", code, errOut)
	}
	for _, want := range []string{`"file":"mixed.jsonl"`, `"rows":2`, `"StrictF1":1`, `"CountryAccuracy":1`} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --json output lacks %s:\n%s", want, out)
		}
	}
	code, out, _ = runCLI("eval", file)
	if code != 0 || !strings.Contains(out, "figures: gold 1, predicted 1") || !strings.Contains(out, "accuracy@161km 1.000") {
		t.Errorf("eval text output:\n%s", out)
	}
	code, out, _ = runCLI("eval", "--errors", file)
	if code != 0 || !strings.Contains(out, "mismatches: 0") && strings.Contains(out, "mismatches:") {
		t.Errorf("eval --errors on a file it gets right:\n%s", out)
	}
	wrong := filepath.Join(dir, "wrong.jsonl")
	if err := os.WriteFile(wrong, []byte(`{"id":"w1","text":"They cleared 5 km.","places":null,"figures":[{"start":13,"end":17,"value":5,"unit":"mi","surface":"5 km"}],"scope":"all-quantities"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI("eval", "--errors", wrong)
	if code != 0 || !strings.Contains(out, "mismatches: 1") || !strings.Contains(out, `row 0 w1 figure-value "They cleared [[5 km]]." want 5 mi got 5 km`) {
		t.Errorf("eval --errors text output:\n%s", out)
	}
	code, out, _ = runCLI("eval", "--json", "--errors", wrong)
	if code != 0 || !strings.Contains(out, `"errors":[{"row":0,"id":"w1","kind":"figure-value"`) {
		t.Errorf("eval --json --errors output:\n%s", out)
	}
	if code, _, _ := runCLI("eval"); code != 2 {
		t.Errorf("eval without files: exit %d, want 2", code)
	}
	if code, _, _ := runCLI("eval", filepath.Join(dir, "missing.jsonl")); code != 1 {
		t.Errorf("eval of a missing file: exit %d, want 1", code)
	}
}
