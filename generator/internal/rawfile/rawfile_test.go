package rawfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

func TestWriteThenRead(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4095, 4096, 70000, 1 << 20} {
		data := bytes.Repeat([]byte("briefing "), size/9+1)[:size]
		name := filepath.Join(dir, "f.txt")
		if err := WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Fatalf("size %d: read %d bytes back, want the %d written", size, len(got), len(data))
		}
		if info, err := os.Stat(name); err != nil || info.Mode().Perm() != 0o644&^umask(t) {
			t.Fatalf("size %d: mode %v, %v", size, info.Mode(), err)
		}
	}
}

// umask is the process's umask, found by creating a file.
func umask(t *testing.T) fs.FileMode {
	name := filepath.Join(t.TempDir(), "m")
	if err := os.WriteFile(name, nil, 0o777); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return 0o777 &^ info.Mode().Perm()
}

func TestWriteTruncates(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	if err := WriteFile(name, []byte("a longer first version"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(name, []byte("short"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(name); string(got) != "short" {
		t.Fatalf("after the second write the file holds %q", got)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("reading a missing file: %v, want fs.ErrNotExist", err)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "folder"), nil, 0o644); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("writing into a missing folder: %v, want fs.ErrNotExist", err)
	}
	if _, err := ReadFile(dir); err == nil {
		t.Error("reading a folder as a file gave no error")
	}
}

func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"site.yaml": "title: x\n", "content/iraq/a.md": "---\ntitle: A\n---\nRaqqa\n"}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsys := DirFS(dir)
	if err := fstest.TestFS(fsys, "site.yaml", "content/iraq/a.md"); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.ReadFile(fsys, "../escape"); !errors.Is(err, fs.ErrInvalid) {
		t.Errorf("a path outside the folder: %v, want fs.ErrInvalid", err)
	}
	var pe *fs.PathError
	if _, err := fs.ReadFile(fsys, "content/missing.md"); !errors.As(err, &pe) || pe.Path != "content/missing.md" || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v, want a PathError naming content/missing.md", err)
	}
}
