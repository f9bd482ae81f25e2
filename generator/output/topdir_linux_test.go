//go:build linux

package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/sys/unix"
)

// dirFlags reads a folder's inode attributes, skipping the test where the file system has
// none (tmpfs, overlay file systems).
func dirFlags(t *testing.T, dir string) uint32 {
	t.Helper()
	f, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	flags, err := unix.IoctlGetUint32(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if errors.Is(err, unix.ENOTTY) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EINVAL) {
		t.Skipf("%s: the file system keeps no inode attributes: %v", dir, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return flags
}

func TestTreeIsStagedInATopDirectory(t *testing.T) {
	root := t.TempDir()
	if dirFlags(t, root)&fsTopDirFlag != 0 {
		t.Skip("the temporary folder is itself marked")
	}
	dest := filepath.Join(root, "public")
	tr, err := NewTree(dest, nil)
	if err != nil {
		t.Fatal(err)
	}
	stage := filepath.Dir(tr.Dir())
	if stage == root {
		t.Fatalf("tree made directly in %s, not in a folder of its own", root)
	}
	if dirFlags(t, stage)&fsTopDirFlag == 0 {
		t.Errorf("staging folder %s is not marked as the top of directory hierarchies", stage)
	}
	if dirFlags(t, tr.Dir())&fsTopDirFlag != 0 {
		t.Errorf("the tree itself is marked: the mark would travel to %s", dest)
	}
	must(t, tr.Add("a/index.html", []byte("a")))
	if _, err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	if dirFlags(t, dest)&fsTopDirFlag != 0 {
		t.Errorf("%s is marked", dest)
	}
}
