package io.pressrun.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The PDF/A output intent: every colour in the edition is given in DeviceRGB or DeviceGray
 * (text, rules, images), and this says they mean sRGB. The ICC profile is the JDK's own.
 */
final class SrgbOutputIntent {
    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private SrgbOutputIntent() {
    }

    static void apply(PDDocument doc) throws IOException {
        var intent = new PDOutputIntent(doc, new ByteArrayInputStream(PROFILE));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }
}
