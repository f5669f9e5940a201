// The foreign ministry's paper in the outlet lexicon (layout-model.ts OUTLETS), its "&" written out or its initials:
// one outlet however the page prints its name; section labels of the same words are none.
import { describe, expect, it } from "vitest";
import { lookupOutlet } from "./layout-model";

describe("Báo Thế giới & Việt Nam in the outlet lexicon", () => {
  it("is one outlet in each of its printed forms", () => {
    for (const name of ["Báo Thế giới & Việt Nam", "Báo Thế giới và Việt Nam", "BÁO THẾ GIỚI VÀ VIỆT NAM", "Thế giới và Việt Nam", "TG&VN", "baoquocte.vn"]) expect(lookupOutlet(name), name).toBe("Báo Thế giới & Việt Nam");
  });

  it("is not a section label or the country's name", () => {
    for (const name of ["Thế giới", "Việt Nam", "Thế giới - Việt Nam", "Báo Việt Nam"]) expect(lookupOutlet(name), name).not.toBe("Báo Thế giới & Việt Nam");
  });
});
