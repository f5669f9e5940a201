// A public body's portal signs a story with the writer's office in brackets after the name ("Văn Quang (Sở Ngoại
// vụ)", "Lê Minh (Phòng Văn hóa - Thông tin)", "Jane Doe (Department of Trade)"): the writer is the author, the office
// no part of the name. Near misses: the office alone, a sentence that ends with an office in brackets, an office's
// name without a capital, and an office's kind alone name no one.
import { describe, expect, it } from "vitest";
import { EN, one, text, VI } from "@/test/family-parse";
import { readByline } from "./layout-model";

describe("a signature with the writer's office in brackets", () => {
  it("reads the writer without the office", () => {
    expect(readByline("Văn Quang (Sở Ngoại vụ)")).toBe("Văn Quang");
    expect(readByline("Lê Minh (Phòng Văn hóa - Thông tin)")).toBe("Lê Minh");
    expect(readByline("Jane Doe (Department of Trade)")).toBe("Jane Doe");
  });

  it("names the author under a Vietnamese and an English text", () => {
    expect(one(text("Giá sầu riêng giảm mạnh", "Thứ Năm, 03/12/2026 08:40", ...VI, "Văn Quang (Sở Ngoại vụ)")).author).toBe("Văn Quang");
    expect(one(text("Cargo volumes rise at the harbour", "December 3, 2026", ...EN, "Jane Doe (Department of Trade)")).author).toBe("Jane Doe");
  });

  it("reads no one from the office alone, a sentence, a name without a capital or an office's kind alone", () => {
    expect(readByline("(Sở Ngoại vụ)")).toBeNull();
    expect(readByline("Người phát ngôn cho biết (Bộ Ngoại giao)")).toBeNull();
    expect(readByline("Văn Quang (Sở ngoại vụ)")).toBeNull();
    expect(readByline("Jane Doe (Office)")).toBeNull();
    expect(readByline(`Jane Doe (Department of ${"Trade ".repeat(20)})`)).toBeNull();
  });
});
