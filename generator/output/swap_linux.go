//go:build linux

package output

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swap puts the folder tmp at dest in one step. It returns the path where the old tree now
// is (to be removed), or "" when there was none.
func swap(tmp, dest string) (string, error) {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, dest, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return tmp, nil
	case errors.Is(err, unix.ENOENT):
		return "", os.Rename(tmp, dest)
	case errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL):
		return swapByRenames(tmp, dest)
	}
	return "", err
}
