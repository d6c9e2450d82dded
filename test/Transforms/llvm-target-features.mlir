// RUN: norm-opt %s --split-input-file --norm-llvm-target-features="features=+avx512bf16,+avx512vl" | FileCheck %s
// RUN: norm-opt %s --split-input-file --norm-llvm-target-features | FileCheck %s --check-prefix=NONE
// RUN: not norm-opt %s --split-input-file --norm-llvm-target-features="features=avx512bf16" 2>&1 | FileCheck %s --check-prefix=BAD

// Every definition gets the features; declarations are left alone.
// CHECK-LABEL: llvm.func @kernel()
// CHECK-SAME: target_features = #llvm.target_features<["+avx512bf16", "+avx512vl"]>
// CHECK-LABEL: llvm.func @external()
// CHECK-NOT: target_features
// NONE-LABEL: llvm.func @kernel()
// NONE-NOT: target_features
// NONE-LABEL: llvm.func @tuned()
// NONE-SAME: target_features = #llvm.target_features<["+avx2", "-avx512vl"]>
llvm.func @kernel() {
  llvm.return
}
llvm.func @external()

// -----

// Features a function already names (either way) stay as they are; the
// others are appended.
// CHECK-LABEL: llvm.func @tuned()
// CHECK-SAME: target_features = #llvm.target_features<["+avx2", "-avx512vl", "+avx512bf16"]>
llvm.func @tuned() attributes {target_features = #llvm.target_features<["+avx2", "-avx512vl"]>} {
  llvm.return
}

// BAD: error: target feature 'avx512bf16' must start with + or -
