//go:build !unix

package rawfile

import (
	"io/fs"
	"os"
)

// ReadFile reads the whole file name.
func ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

// WriteFile writes data to the file name, creating it with perm or truncating it.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}
