#!/usr/bin/env bash
# Regenerates the compiled EF model for SQLite after a model change (decision 041).
# EF also writes an assembly attribute that would make every context without UseModel — the design-time checks and a
# future PostgreSQL context — pick this SQLite model up by itself; it is removed so only UseSopDeskSqlite uses it.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
dotnet ef dbcontext optimize --output-dir CompiledModels --namespace SopDesk.Data.CompiledModels
rm -f CompiledModels/SopDeskDbContextAssemblyAttributes.cs
