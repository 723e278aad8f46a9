#!/usr/bin/env python3
"""Regenerates the malformed project files from the seed example. Each one breaks the file in one
way; tst_projectfile expects each to be rejected with a message naming the place."""
import copy, json, os

here = os.path.dirname(os.path.abspath(__file__))
seed = json.load(open(os.path.join(here, "../../../resources/examples/seed-two-hosts.json")))

def write(name, doc):
    with open(os.path.join(here, name), "w") as f:
        f.write(doc if isinstance(doc, str) else json.dumps(doc, indent=4))

def variant(change):
    doc = copy.deepcopy(seed)
    change(doc)
    return doc

text = json.dumps(seed, indent=4)
write("truncated.json", text[: len(text) // 2])
write("not-json.json", "this is not a project\n")
write("array-root.json", "[1, 2, 3]\n")
write("empty.json", "")
write("format-missing.json", variant(lambda d: d.pop("format")))
write("future-format.json", variant(lambda d: d.update(format=3)))
write("format-zero.json", variant(lambda d: d.update(format=0)))
write("topology-missing.json", variant(lambda d: d.pop("topology")))
write("hosts-not-list.json", variant(lambda d: d["topology"].update(hosts={"a": 1})))
write("host-not-object.json", variant(lambda d: d["topology"]["hosts"].append("host3")))
write("mtu-string.json", variant(lambda d: d["topology"]["hosts"][0]["bridges"][0].update(mtu="1450")))
write("name-null.json", variant(lambda d: d["topology"]["hosts"][1].update(name=None)))
write("name-missing.json", variant(lambda d: d["topology"]["hosts"][1]["containers"][0].pop("name")))
write("huge-port.json", variant(lambda d: d["topology"]["hosts"][0].update(sshPort=1e300)))
write("huge-vni.json", variant(lambda d: d["topology"]["links"][0].update(vni=99999999999999999999)))
write("fractional-mtu.json", variant(lambda d: d["topology"]["hosts"][0]["bridges"][1].update(mtu=1450.5)))
write("negative-id.json", variant(lambda d: d["topology"]["hosts"][0].update(id=-1)))
write("duplicate-id.json", variant(lambda d: d["topology"]["hosts"][1]["bridges"][0].update(id=3)))
write("dangling-container-bridge.json",
      variant(lambda d: d["topology"]["hosts"][0]["containers"][0].update(bridge=99)))
write("container-on-foreign-bridge.json",
      variant(lambda d: d["topology"]["hosts"][0]["containers"][0].update(bridge=5)))
write("dangling-link.json", variant(lambda d: d["topology"]["links"][1].update(bridgeB=99)))
write("unknown-datapath.json", variant(lambda d: d["topology"]["hosts"][0].update(datapath="dpdk")))
write("bool-as-string.json", variant(lambda d: d["topology"]["hosts"][0]["bridges"][0].update(nat="yes")))
write("position-huge.json", variant(lambda d: d["topology"]["hosts"][0]["position"].update(x=1e308)))
write("image-unknown-source.json", variant(lambda d: d["topology"]["images"][0].update(source="scp")))
write("image-build-without-dockerfile.json", variant(lambda d: d["topology"]["images"][0].pop("dockerfile")))
write("images-not-list.json", variant(lambda d: d["topology"].update(images={"ubuntu:v1": "build"})))
