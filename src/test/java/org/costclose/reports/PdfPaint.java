package org.costclose.reports;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * What a PDF page paints, as "fill #rrggbb" and "stroke #rrggbb" per filled or stroked path: enough to tell the
 * shapes of an SVG picture (its colours) from the table's text and rules.
 */
final class PdfPaint extends PDFGraphicsStreamEngine {

    private final List<String> painted = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();

    private PdfPaint(PDPage page) {
        super(page);
    }

    /** the paint operations of every page of the PDF */
    static List<String> of(byte[] pdf) {
        List<String> painted = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PdfPaint paint = new PdfPaint(page);
                paint.processPage(page);
                painted.addAll(paint.painted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return painted;
    }

    private static String hex(PDColor color) throws IOException {
        float[] rgb = color.getColorSpace() == null ? color.getComponents() : color.getColorSpace().toRGB(color.getComponents());
        if (rgb.length < 3) {
            return "#" + String.format(Locale.ROOT, "%02x", Math.round(rgb[0] * 255)).repeat(3);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(rgb[0] * 255), Math.round(rgb[1] * 255),
                Math.round(rgb[2] * 255));
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        painted.add("fill " + hex(getGraphicsState().getNonStrokingColor()));
    }

    @Override
    public void strokePath() throws IOException {
        painted.add("stroke " + hex(getGraphicsState().getStrokingColor()));
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
        strokePath();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
