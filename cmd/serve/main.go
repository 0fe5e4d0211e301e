// Command serve serves the built page from web/ on the loopback interface,
// as GitHub Pages would: static files, WebAssembly as application/wasm.
//
// Usage:
//
//	serve [-addr 127.0.0.1:8080] [-dir web] [-prefix /]
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"github.com/newsroom-tools/annotator/internal/site"
	"github.com/newsroom-tools/annotator/internal/wasmbuild"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "web", "folder holding the built page")
	prefix := flag.String("prefix", "/", "URL path to serve the page under, e.g. /annotator/ as on GitHub Pages")
	flag.Parse()
	if _, err := os.Stat(filepath.Join(*dir, wasmbuild.File)); err != nil {
		log.Fatalf("serve: %s has no %s: run make build first", *dir, wasmbuild.File)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("serve: %v", err)
	}
	fmt.Printf("Serving %s at http://%s%s (Ctrl-C to stop)\n", *dir, ln.Addr(), *prefix)
	log.Fatal(http.Serve(ln, site.Handler(*dir, *prefix)))
}
