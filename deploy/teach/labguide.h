#pragma once

#include "model/result.h"
#include "model/topology.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace studio {

// One block of a lab guide: what Markdown and HTML both can say.
struct GuideBlock
{
    enum class Kind { Heading, Paragraph, Code, Bullets, Table, Image };
    Kind kind = Kind::Paragraph;
    int level = 2;           // headings
    QString text;            // heading, paragraph (with `code` and **bold**), code, image caption
    QStringList items;       // bullets; a table's header
    QList<QStringList> rows; // a table's rows
    QString path;            // image: relative to the document
    QString host;            // code: the host it runs on (empty: anywhere)
    enum class Purpose { Other, Build, TestWorks, TestFails, Remove };
    Purpose purpose = Purpose::Other; // code: what it is for (tests run them by purpose)
};

// A lab guide for a topology, in the manner of a good tutorial (the seed guide): what it builds,
// the diagram, the prerequisites, per host the commands in order with their explanations, how to
// test it (the pings that must work, the ones that must fail because the networks differ, the
// MTU check) and how to remove it all. Every command is the planner's.
struct LabGuide
{
    QString title;
    std::vector<GuideBlock> blocks;

    QString markdown() const;
    // Self-contained HTML: `image` returns an image's bytes for a block's path (embedded as a
    // data: URL).
    QString html(const std::function<QByteArray(const QString &path)> &image) const;

    // The code blocks of one purpose (and host, if given), in order.
    QStringList code(GuideBlock::Purpose purpose, const QString &host = {}) const;
};

struct LabGuideImages
{
    QString png; // relative paths from the document, empty if there is no diagram
    QString svg;
};

// Fails (with the first error) for a topology that has validation errors.
Result<LabGuide> makeLabGuide(const Topology &topology, const LabGuideImages &images);

} // namespace studio
