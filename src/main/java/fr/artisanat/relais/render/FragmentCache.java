package fr.artisanat.relais.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code <@cache key=…>…</@cache>} directive templates get as {@code cache}: the nested markup
 * is rendered once per key and build, then reused as bytes. A measure's card appears on every term
 * page of its funders, categories, beneficiaries and territories (a national measure on about a
 * hundred pages): the profile of a 10 000-measure build showed FreeMarker spending most of the page
 * time re-rendering the same cards. The key must name everything the markup depends on (the card's
 * measure, heading level and {@code root}); the output is the same as without the directive.
 */
final class FragmentCache implements TemplateDirectiveModel {
    private final Map<String, byte[]> fragments = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(
            Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object key = params.get("key");
        if (!(key instanceof TemplateScalarModel scalar) || params.size() != 1 || body == null) {
            throw new TemplateModelException(
                    "@cache attend un seul paramètre texte, key, et un contenu");
        }
        String k = scalar.getAsString();
        byte[] fragment = fragments.get(k);
        if (fragment == null) {
            PageBuffer buffer = new PageBuffer();
            try (TypesettingWriter typeset = new TypesettingWriter(buffer)) {
                body.render(typeset);
            }
            fragment = buffer.bytes();
            fragments.putIfAbsent(k, fragment);
        }
        if (env.getOut() instanceof TypesettingWriter page) {
            page.writeTypesetUtf8(fragment);
        } else if (env.getOut() instanceof PageBuffer page) {
            page.writeUtf8(fragment);
        } else {
            env.getOut().write(new String(fragment, StandardCharsets.UTF_8));
        }
    }
}
