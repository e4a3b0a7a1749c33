package main

import (
	"fmt"
	"os"
)

var apiKey = os.Getenv("API_KEY")

func main() { fmt.Println(len(apiKey)) }
