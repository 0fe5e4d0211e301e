// Package dataset finds the shared training and evaluation data, which lives
// beside the project (../shared/data) and is never copied into it.
//
// One setting locates it: the ANNOTATOR_DATA environment variable, or else
// ../shared/data from the module's root.
package dataset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Env is the environment variable that overrides where the data is.
const Env = "ANNOTATOR_DATA"

// Dir returns the data directory, or an error that says how to provide it.
func Dir() (string, error) {
	dir := os.Getenv(Env)
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, "..", "shared", "data")
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return "", fmt.Errorf("data directory %s not found: set %s to the folder holding the shared data sets (seed/, quotes/, ner/, dates/)", dir, Env)
	}
	return filepath.Clean(dir), nil
}

// Path returns the path of a file inside the data directory.
func Path(elem ...string) (string, error) {
	dir, err := Dir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(append([]string{dir}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("data file missing: %v", err)
	}
	return p, nil
}

// Require returns the path of a data file for a test. When the data is
// missing the test is skipped, except in CI (CI=true), where data-backed
// tests must run and so fail instead.
func Require(tb testing.TB, elem ...string) string {
	tb.Helper()
	p, err := Path(elem...)
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%v (CI=true: data-backed tests must run)", err)
		}
		tb.Skipf("skipping: %v", err)
	}
	return p
}

// moduleRoot walks up from the working directory to the folder holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory; set " + Env)
		}
		dir = parent
	}
}
