// RUN: norm-opt %s --norm-bf16-memory-as-i16 | FileCheck %s

// bf16 loads and stores become i16 accesses plus free bitcasts; other types
// are untouched.
// CHECK-LABEL: llvm.func @copy
// CHECK: %[[V:.*]] = llvm.load %{{.*}} {alignment = 2 : i64} : !llvm.ptr -> vector<64xi16>
// CHECK: %[[B:.*]] = llvm.bitcast %[[V]] : vector<64xi16> to vector<64xbf16>
// CHECK: %[[S:.*]] = llvm.load %{{.*}} : !llvm.ptr -> i16
// CHECK: llvm.bitcast %[[S]] : i16 to bf16
// CHECK: %[[I:.*]] = llvm.bitcast %[[B]] : vector<64xbf16> to vector<64xi16>
// CHECK: llvm.store %[[I]], %{{.*}} {alignment = 2 : i64} : vector<64xi16>, !llvm.ptr
// CHECK: llvm.load %{{.*}} : !llvm.ptr -> f32
llvm.func @copy(%src: !llvm.ptr, %dst: !llvm.ptr) -> f32 {
  %v = llvm.load %src {alignment = 2 : i64} : !llvm.ptr -> vector<64xbf16>
  %s = llvm.load %src : !llvm.ptr -> bf16
  llvm.store %v, %dst {alignment = 2 : i64} : vector<64xbf16>, !llvm.ptr
  %f = llvm.load %src : !llvm.ptr -> f32
  llvm.return %f : f32
}

// The arith fastmath attribute that arith-to-LLVM copies onto conversions
// (from an emulated bf16 op) is dropped: LLVM IR translation cannot read it.
// CHECK-LABEL: llvm.func @conversions
// CHECK: llvm.fpext %{{.*}} : bf16 to f32
// CHECK-NOT: fastmath
// CHECK: llvm.fptrunc %{{.*}} : f32 to bf16
// CHECK-NOT: fastmath
// CHECK: llvm.return
llvm.func @conversions(%a: bf16) -> bf16 {
  %e = llvm.fpext %a {fastmath = #arith.fastmath<contract>} : bf16 to f32
  %t = llvm.fptrunc %e {fastmath = #arith.fastmath<contract>} : f32 to bf16
  llvm.return %t : bf16
}
