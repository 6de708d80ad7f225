package org.elasticsearch.node;

import java.util.Collection;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A real Elasticsearch node whose plugins come from the classpath instead of a plugins folder.
 *
 * <p>It lives in {@code org.elasticsearch.node} because {@link NodeConstruction#prepareConstruction}
 * and {@link NodeServiceProvider#newPluginService} are package-private. Nothing else here: the
 * settings and lifecycle belong to {@code io.facetwire.engine.embedded.EmbeddedElasticsearch}.
 */
public class FacetwireEmbeddedNode extends Node {

  public FacetwireEmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
    super(NodeConstruction.prepareConstruction(environment, null, classpathPlugins(plugins), false));
  }

  private static NodeServiceProvider classpathPlugins(Collection<Class<? extends Plugin>> plugins) {
    return new NodeServiceProvider() {
      @Override
      PluginsService newPluginService(Environment env, PluginsLoader loader) {
        return new MockPluginsService(env.settings(), env, plugins);
      }
    };
  }
}
