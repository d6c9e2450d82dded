// RUN: norm-opt %s --norm-sanitize-address | FileCheck %s

// CHECK: llvm.func @kernel() attributes {passthrough = ["noinline", "sanitize_address"]}
// CHECK: llvm.func @external()
// CHECK-NOT: sanitize_address
llvm.func @kernel() attributes {passthrough = ["noinline"]} {
  llvm.return
}
llvm.func @external()
